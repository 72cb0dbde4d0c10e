#pragma once

#include <QString>
#include <QVector>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

// Many independent items on a worker per core. Each worker makes its own context in its own thread (a store
// connection belongs to the thread that opened it; fonts are laid out per thread) and then takes items one at a time
// until none is left or cancel() is called: an item begun is finished, so whatever it writes is whole. start()
// returns at once; the caller polls done() for its progress (a terminal's bar, a progress dialog's timer) and wait()s.
class BatchRunner
{
public:
    struct Outcome
    {
        enum Status { Skipped, Done, Failed };
        Status status = Skipped; // never begun: cancelled before its turn
        QString message;          // why it failed; for a done item, anything worth saying
        QString file;             // what it wrote, if anything
        QString agency;           // the report it wrote (an import), to open
        int year = 0;
        int marked = 0;           // an import's cells left for the clerk to confirm
        int errors = 0, warnings = 0;
    };
    // One item's work, in the worker's thread, with the worker's context.
    using Work = std::function<Outcome(int index)>;
    // Makes a worker's context in its thread; an empty Work with *error when it cannot: the other workers do its share,
    // and when none could start, every item fails with the error.
    using WorkerFactory = std::function<Work(QString *error)>;

    BatchRunner() = default;
    BatchRunner(const BatchRunner &) = delete;
    BatchRunner &operator=(const BatchRunner &) = delete;
    ~BatchRunner(); // cancels and joins

    static int defaultWorkers(); // one per core

    // Items are taken `chunk` at a time (a worker's run of consecutive items, which its Work may read ahead as one:
    // the chunks start at multiples of `chunk`).
    void start(int count, const WorkerFactory &factory, int workers = 0, int chunk = 1);
    // True once every worker has ended (all items done, or cancelled); waits up to `ms`.
    bool wait(int ms);
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    int total() const { return int(m_outcomes.size()); }
    int done() const { return m_done; }
    // After wait() returned true.
    const std::vector<Outcome> &outcomes() const { return m_outcomes; }
    int count(Outcome::Status status) const;

private:
    std::vector<Outcome> m_outcomes; // each slot written by the one worker that took its item
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::atomic<int> m_next{0};
    std::atomic<int> m_done{0};
    std::atomic<bool> m_cancelled{false};
    std::mutex m_errorMutex;
    QString m_workerError;
};
