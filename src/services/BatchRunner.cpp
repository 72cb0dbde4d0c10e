#include "BatchRunner.h"

#include <QDeadlineTimer>

BatchRunner::~BatchRunner()
{
    cancel();
    for (auto &t : m_threads)
        t->wait();
}

int BatchRunner::defaultWorkers()
{
    return qMax(1, QThread::idealThreadCount());
}

void BatchRunner::start(int count, const WorkerFactory &factory, int workers, int chunk)
{
    Q_ASSERT(m_threads.empty());
    m_outcomes.assign(size_t(qMax(0, count)), Outcome());
    const int n = qBound(1, workers > 0 ? workers : defaultWorkers(), qMax(1, count));
    for (int w = 0; w < n; ++w) {
        m_threads.push_back(std::unique_ptr<QThread>(QThread::create([this, factory, chunk = qMax(1, chunk)] {
            QString error;
            const Work work = factory(&error);
            if (!work) { // leaves its items to the others; if none could start, wait() fails them with this error
                const std::lock_guard<std::mutex> lock(m_errorMutex);
                m_workerError = error;
                return;
            }
            const int total = int(m_outcomes.size());
            for (int first; !m_cancelled && (first = m_next.fetch_add(chunk)) < total;)
                for (int i = first; i < qMin(first + chunk, total) && !m_cancelled; ++i) {
                    m_outcomes[size_t(i)] = work(i);
                    ++m_done;
                }
        })));
        m_threads.back()->start();
    }
}

bool BatchRunner::wait(int ms)
{
    const QDeadlineTimer deadline(ms);
    for (auto &t : m_threads)
        if (!t->wait(deadline))
            return false;
    if (!m_cancelled && m_done < total()) // no worker could start
        for (Outcome &o : m_outcomes)
            if (o.status == Outcome::Skipped) {
                o.status = Outcome::Failed;
                o.message = m_workerError;
            }
    return true;
}

int BatchRunner::count(Outcome::Status status) const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(), [status](const Outcome &o) { return o.status == status; }));
}
