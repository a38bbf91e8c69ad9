// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP relay that adds a fixed one-way delay in each direction: a user-space
// stand-in for a long fat network path (kernel netem is not available on the
// benchmark machines).
//
//   delayrelay --listen-port L --target-port T --delay-ms D [--max-buffer-mib M]
//
// Listens on 127.0.0.1:L; every accepted connection is relayed to
// 127.0.0.1:T. Each chunk read from one side is stamped with "now + D" and
// written to the other side when that moment comes, so the delay never
// accumulates and the relay keeps as many bytes in flight as the path needs
// (bandwidth x delay): it models latency, not a bandwidth cap. Only when a
// direction holds more than M MiB does its reader stop, which gives TCP
// backpressure instead of unbounded memory. Prints "listening L" on stdout
// once ready. Linux only (loopback benchmarks).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int listenPort = 0;
    int targetPort = 0;
    std::chrono::microseconds delay{0};
    std::size_t maxBufferBytes = std::size_t(64) << 20;
};

constexpr std::size_t kReadSize = 256 * 1024;

struct Chunk
{
    Clock::time_point due;
    std::unique_ptr<char[]> bytes; // null = end of stream
    std::size_t size = 0;
};

// One direction of one connection: a reader thread fills the queue, a writer
// thread empties it when each chunk is due.
class Pipe
{
public:
    Pipe(int from, int to, const Options &options)
        : m_from(from)
        , m_to(to)
        , m_options(options)
    {
    }

    void readLoop()
    {
        for (;;) {
            std::unique_ptr<char[]> buffer = takeBuffer();
            const ssize_t n = ::recv(m_from, buffer.get(), kReadSize, 0);
            if (n < 0 && errno == EINTR)
                continue;
            const Clock::time_point due = Clock::now() + m_options.delay;
            if (n <= 0) {
                // EOF or error: forward the end of stream after the same delay.
                push(Chunk{due, nullptr, 0});
                return;
            }
            std::unique_lock lock(m_mutex);
            m_roomFreed.wait(lock, [&] { return m_stopped || m_queuedBytes < m_options.maxBufferBytes; });
            if (m_stopped)
                return;
            m_queuedBytes += std::size_t(n);
            m_queue.push_back(Chunk{due, std::move(buffer), std::size_t(n)});
            m_dataQueued.notify_one();
        }
    }

    void writeLoop()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_dataQueued.wait(lock, [&] { return m_stopped || !m_queue.empty(); });
                if (m_stopped)
                    return;
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            // Sleep to the chunk's own deadline (not "delay per chunk"), so a
            // backlog of due chunks goes out at once.
            std::this_thread::sleep_until(chunk.due);
            if (!chunk.bytes) {
                ::shutdown(m_to, SHUT_WR);
                return;
            }
            if (!writeAll(chunk.bytes.get(), chunk.size)) {
                stop();
                // The peer is gone: make the reader of this direction stop too.
                ::shutdown(m_from, SHUT_RD);
                return;
            }
            std::lock_guard lock(m_mutex);
            m_queuedBytes -= chunk.size;
            if (m_spare.size() < 64)
                m_spare.push_back(std::move(chunk.bytes));
            m_roomFreed.notify_one();
        }
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_dataQueued.notify_all();
        m_roomFreed.notify_all();
    }

private:
    void push(Chunk chunk)
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(chunk));
        m_dataQueued.notify_one();
    }

    // Recycles buffers: at Gbit/s a fresh (and zeroed) allocation per read
    // would cost the relay more CPU than the forwarders it measures.
    std::unique_ptr<char[]> takeBuffer()
    {
        std::lock_guard lock(m_mutex);
        if (m_spare.empty())
            return std::unique_ptr<char[]>(new char[kReadSize]);
        std::unique_ptr<char[]> buffer = std::move(m_spare.back());
        m_spare.pop_back();
        return buffer;
    }

    bool writeAll(const char *bytes, std::size_t size)
    {
        std::size_t offset = 0;
        while (offset < size) {
            const ssize_t n = ::send(m_to, bytes + offset, size - offset, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            offset += std::size_t(n);
        }
        return true;
    }

    int m_from;
    int m_to;
    const Options &m_options;
    std::mutex m_mutex;
    std::condition_variable m_dataQueued;
    std::condition_variable m_roomFreed;
    std::deque<Chunk> m_queue;
    std::vector<std::unique_ptr<char[]>> m_spare;
    std::size_t m_queuedBytes = 0;
    bool m_stopped = false;
};

// Both directions of one relayed connection; the sockets close when the last
// of its four threads lets go of it.
struct Connection
{
    Connection(int clientFd, int serverFd, const Options &options)
        : client(clientFd)
        , server(serverFd)
        , upstream(clientFd, serverFd, options)
        , downstream(serverFd, clientFd, options)
    {
    }
    ~Connection()
    {
        ::close(client);
        ::close(server);
    }
    int client;
    int server;
    Pipe upstream;
    Pipe downstream;
};

void setNoDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

int connectTarget(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const sockaddr_in address = loopback(port);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    setNoDelay(fd);
    return fd;
}

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: delayrelay --listen-port L --target-port T --delay-ms D [--max-buffer-mib M]\n");
    std::exit(2);
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (i + 1 >= argc)
            usage();
        const std::string value = argv[++i];
        char *end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        if (end == value.c_str() || *end != '\0' || number < 0)
            usage();
        if (name == "--listen-port")
            options.listenPort = int(number);
        else if (name == "--target-port")
            options.targetPort = int(number);
        else if (name == "--delay-ms")
            options.delay = std::chrono::microseconds(std::int64_t(number * 1000.0));
        else if (name == "--max-buffer-mib")
            options.maxBufferBytes = std::size_t(number * 1048576.0);
        else
            usage();
    }
    if (options.listenPort <= 0 || options.listenPort > 65535 || options.targetPort <= 0 || options.targetPort > 65535)
        usage();
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);
    // Never outlive the benchmark script that started us, even if it is killed hard.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    std::signal(SIGPIPE, SIG_IGN);

    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in address = loopback(options.listenPort);
    if (listener < 0 || ::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 128) != 0) {
        std::fprintf(stderr, "delayrelay: cannot listen on 127.0.0.1:%d: %s\n", options.listenPort, std::strerror(errno));
        return 1;
    }
    std::printf("listening %d\n", options.listenPort);
    std::fflush(stdout);

    for (;;) {
        const int client = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE)
                continue;
            std::fprintf(stderr, "delayrelay: accept: %s\n", std::strerror(errno));
            return 1;
        }
        setNoDelay(client);
        const int server = connectTarget(options.targetPort);
        if (server < 0) {
            std::fprintf(stderr, "delayrelay: cannot reach 127.0.0.1:%d: %s\n", options.targetPort, std::strerror(errno));
            ::close(client);
            continue;
        }
        auto connection = std::make_shared<Connection>(client, server, options);
        std::thread([connection] { connection->upstream.readLoop(); }).detach();
        std::thread([connection] { connection->upstream.writeLoop(); }).detach();
        std::thread([connection] { connection->downstream.readLoop(); }).detach();
        std::thread([connection] { connection->downstream.writeLoop(); }).detach();
    }
}
