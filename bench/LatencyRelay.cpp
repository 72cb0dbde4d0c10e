#include "LatencyRelay.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

sockaddr_un address(const std::string &path)
{
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::strncpy(a.sun_path, path.c_str(), sizeof a.sun_path - 1);
    return a;
}

} // namespace

LatencyRelay::LatencyRelay(std::string listenPath, std::string targetPath, std::chrono::microseconds delay)
    : m_listenPath(std::move(listenPath))
    , m_targetPath(std::move(targetPath))
    , m_delay(delay)
{
}

LatencyRelay::~LatencyRelay()
{
    m_stopping = true;
    if (m_listener >= 0)
        ::shutdown(m_listener, SHUT_RDWR);
    if (m_acceptor.joinable())
        m_acceptor.join();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (int s : m_sockets)
            ::shutdown(s, SHUT_RDWR); // wakes the pumps blocked in read()
    }
    for (std::thread &t : m_pumps)
        t.join();
    for (int s : m_sockets)
        ::close(s);
    if (m_listener >= 0)
        ::close(m_listener);
    ::unlink(m_listenPath.c_str());
}

bool LatencyRelay::start(std::string *error)
{
    m_listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const sockaddr_un a = address(m_listenPath);
    ::unlink(m_listenPath.c_str());
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listener, 64) != 0) {
        *error = m_listenPath + ": " + std::strerror(errno);
        return false;
    }
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void LatencyRelay::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return; // shut down
        const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const sockaddr_un a = address(m_targetPath);
        if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {
            ::close(client);
            if (server >= 0)
                ::close(server);
            continue;
        }
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_sockets.push_back(client);
        m_sockets.push_back(server);
        m_pumps.emplace_back([this, client, server] { pump(client, server, true); });
        m_pumps.emplace_back([this, client, server] { pump(server, client, false); });
    }
}

void LatencyRelay::pump(int from, int to, bool hold)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(from, buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (hold)
            std::this_thread::sleep_for(m_delay);
        for (ssize_t sent = 0; sent < n;) {
            const ssize_t w = ::send(to, buffer + sent, size_t(n - sent), MSG_NOSIGNAL); // no SIGPIPE when the other side went
            if (w <= 0) {
                ::shutdown(from, SHUT_RDWR);
                return;
            }
            sent += w;
        }
    }
    ::shutdown(to, SHUT_WR); // the other side sees the end, as it would of a closed connection
}
