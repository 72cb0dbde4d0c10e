#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// An office network between the benchmarks and the server: a Unix-socket relay that holds each message from the
// client for `delay` before passing it on (the answer comes straight back), so that every round trip costs that much
// more — what 1 ms per round trip does to an operation that makes many. Listens at `listenPath`, connects each client
// to `targetPath` (a PostgreSQL server's .s.PGSQL.5432).
class LatencyRelay
{
public:
    LatencyRelay(std::string listenPath, std::string targetPath, std::chrono::microseconds delay);
    ~LatencyRelay();
    LatencyRelay(const LatencyRelay &) = delete;
    LatencyRelay &operator=(const LatencyRelay &) = delete;

    // False with errno's words in *error when it cannot listen.
    bool start(std::string *error);

private:
    void acceptLoop();
    // Copies from one socket to the other until either closes, holding each chunk `delay` when `hold`.
    void pump(int from, int to, bool hold);

    const std::string m_listenPath, m_targetPath;
    const std::chrono::microseconds m_delay;
    int m_listener = -1;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptor;
    std::mutex m_mutex; // guards m_pumps and m_sockets
    std::vector<std::thread> m_pumps;
    std::vector<int> m_sockets;
};
