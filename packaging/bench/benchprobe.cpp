// SPDX-License-Identifier: GPL-3.0-or-later
// Timing probes for the benchmarks, in C++ so that the probe itself costs
// microseconds, not the tens of milliseconds a shell loop of curl calls would.
//
//   benchprobe ready (--port P | --port-from-stdout) [--path /] [--timeout-ms T] -- CMD ARGS...
//       Starts CMD, then tries an HTTP GET through 127.0.0.1:P every 2 ms until
//       one answers 200. With --port-from-stdout the port is the first
//       "http://127.0.0.1:N/" that CMD prints on stdout (CMD's stdout is echoed
//       to stderr). Prints the milliseconds from starting CMD to the first
//       complete 200 answer, then stops CMD (SIGTERM, SIGKILL after 5 s).
//       Exit 1 (and no figure) on timeout or if CMD exits first.
//   benchprobe rtt --port P [--path /] [--count N] [--hold-ms H]
//       N sequential GETs on one keep-alive connection; prints the median ms.
//       With --hold-ms, then keeps the connection open and idle for H ms.
//   benchprobe get --port P [--path /] [--timeout-ms T]
//       One GET; exit 0 if it answered 200.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <regex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int remainingMs(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return int(std::max<long long>(0, left));
}

int connectLoopback(int port, Clock::time_point deadline)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        if (errno != EINPROGRESS) {
            ::close(fd);
            return -1;
        }
        pollfd p{fd, POLLOUT, 0};
        int error = 0;
        socklen_t length = sizeof error;
        if (::poll(&p, 1, remainingMs(deadline)) != 1 || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0
            || error != 0) {
            ::close(fd);
            return -1;
        }
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool sendAll(int fd, const std::string &data, Clock::time_point deadline)
{
    std::size_t offset = 0;
    while (offset < data.size()) {
        const ssize_t n = ::send(fd, data.data() + offset, data.size() - offset, MSG_NOSIGNAL);
        if (n > 0) {
            offset += std::size_t(n);
            continue;
        }
        if (n < 0 && errno == EAGAIN) {
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, remainingMs(deadline)) != 1)
                return false;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return false;
    }
    return true;
}

// Reads one whole response (headers + Content-Length body). Returns its
// status code, or nullopt on error, close or timeout.
std::optional<int> readResponse(int fd, Clock::time_point deadline)
{
    std::string data;
    std::size_t headerEnd = std::string::npos;
    std::size_t total = 0;
    char buffer[65536];
    for (;;) {
        if (headerEnd != std::string::npos && data.size() >= total)
            break;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, remainingMs(deadline)) != 1)
            return std::nullopt;
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0)
            return std::nullopt;
        data.append(buffer, std::size_t(n));
        if (headerEnd == std::string::npos) {
            headerEnd = data.find("\r\n\r\n");
            if (headerEnd == std::string::npos)
                continue;
            std::size_t length = 0;
            std::string lower = data.substr(0, headerEnd);
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            if (const std::size_t at = lower.find("content-length:"); at != std::string::npos)
                length = std::size_t(std::strtoull(lower.c_str() + at + 15, nullptr, 10));
            total = headerEnd + 4 + length;
        }
    }
    if (data.compare(0, 9, "HTTP/1.1 ") != 0 && data.compare(0, 9, "HTTP/1.0 ") != 0)
        return std::nullopt;
    return std::atoi(data.c_str() + 9);
}

std::string request(const std::string &path, bool keepAlive)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: raydeck-benchprobe\r\nConnection: "
        + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n";
}

bool getOnce(int port, const std::string &path, Clock::time_point deadline)
{
    const int fd = connectLoopback(port, deadline);
    if (fd < 0)
        return false;
    const bool ok = sendAll(fd, request(path, false), deadline) && readResponse(fd, deadline) == 200;
    ::close(fd);
    return ok;
}

struct Arguments
{
    std::string mode;
    int port = 0;
    bool portFromStdout = false;
    std::string path = "/";
    int timeoutMs = 30000;
    int count = 20;
    int holdMs = 0;
    std::vector<char *> command;
};

[[noreturn]] void usage()
{
    std::fprintf(stderr,
                 "usage: benchprobe ready (--port P | --port-from-stdout) [--path /] [--timeout-ms T] -- CMD...\n"
                 "       benchprobe rtt --port P [--path /] [--count N] [--hold-ms H]\n"
                 "       benchprobe get --port P [--path /] [--timeout-ms T]\n");
    std::exit(2);
}

Arguments parse(int argc, char **argv)
{
    if (argc < 2)
        usage();
    Arguments arguments;
    arguments.mode = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string name = argv[i];
        if (name == "--") {
            arguments.command.assign(argv + i + 1, argv + argc);
            break;
        }
        if (name == "--port-from-stdout") {
            arguments.portFromStdout = true;
            continue;
        }
        if (i + 1 >= argc)
            usage();
        const char *value = argv[++i];
        if (name == "--port")
            arguments.port = std::atoi(value);
        else if (name == "--path")
            arguments.path = value;
        else if (name == "--timeout-ms")
            arguments.timeoutMs = std::atoi(value);
        else if (name == "--count")
            arguments.count = std::atoi(value);
        else if (name == "--hold-ms")
            arguments.holdMs = std::atoi(value);
        else
            usage();
    }
    const bool portGiven = arguments.port > 0 && arguments.port < 65536;
    if (arguments.mode == "ready") {
        if (arguments.command.empty() || portGiven == arguments.portFromStdout)
            usage();
    } else if (arguments.mode == "rtt" || arguments.mode == "get") {
        if (!portGiven || !arguments.command.empty() || arguments.count < 1)
            usage();
    } else {
        usage();
    }
    arguments.command.push_back(nullptr);
    return arguments;
}

void stopChild(pid_t child)
{
    ::kill(child, SIGTERM);
    for (int i = 0; i < 500; ++i) { // 5 s
        if (::waitpid(child, nullptr, WNOHANG) == child)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
}

// Echoes what the child printed to our stderr and looks for its URL.
std::optional<int> scanForPort(std::string &pending, int fd)
{
    char buffer[4096];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0)
        return std::nullopt;
    if (::write(STDERR_FILENO, buffer, std::size_t(n)) < 0) {
        // Echoing is only for the log.
    }
    pending.append(buffer, std::size_t(n));
    static const std::regex url(R"(http://127\.0\.0\.1:([0-9]+)/)");
    std::smatch match;
    if (std::regex_search(pending, match, url))
        return std::stoi(match[1].str());
    if (pending.size() > 65536)
        pending.erase(0, pending.size() - 256);
    return std::nullopt;
}

int ready(const Arguments &arguments)
{
    int pipeFds[2] = {-1, -1};
    if (arguments.portFromStdout && ::pipe2(pipeFds, O_CLOEXEC) != 0)
        return 1;
    const Clock::time_point start = Clock::now();
    const Clock::time_point deadline = start + std::chrono::milliseconds(arguments.timeoutMs);
    const pid_t child = ::fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        if (arguments.portFromStdout)
            ::dup2(pipeFds[1], STDOUT_FILENO);
        ::execvp(arguments.command[0], arguments.command.data());
        std::fprintf(stderr, "benchprobe: cannot run %s: %s\n", arguments.command[0], std::strerror(errno));
        ::_exit(127);
    }
    int port = arguments.port;
    std::string pending;
    if (arguments.portFromStdout) {
        ::close(pipeFds[1]);
        ::fcntl(pipeFds[0], F_SETFL, O_NONBLOCK);
    }
    std::optional<double> elapsed;
    while (Clock::now() < deadline) {
        if (::waitpid(child, nullptr, WNOHANG) == child) {
            std::fprintf(stderr, "benchprobe: %s exited before the forward answered\n", arguments.command[0]);
            return 1;
        }
        if (port == 0) {
            pollfd p{pipeFds[0], POLLIN, 0};
            if (::poll(&p, 1, 10) == 1) {
                if (const std::optional<int> found = scanForPort(pending, pipeFds[0]))
                    port = *found;
            }
            continue;
        }
        if (getOnce(port, arguments.path, deadline)) {
            elapsed = millisecondsSince(start);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    stopChild(child);
    if (!elapsed) {
        std::fprintf(stderr, "benchprobe: no HTTP 200 through port %d within %d ms\n", port, arguments.timeoutMs);
        return 1;
    }
    std::printf("%.1f\n", *elapsed);
    return 0;
}

int rtt(const Arguments &arguments)
{
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(arguments.timeoutMs);
    const int fd = connectLoopback(arguments.port, deadline);
    if (fd < 0)
        return 1;
    std::vector<double> samples;
    const std::string get = request(arguments.path, true);
    for (int i = 0; i < arguments.count; ++i) {
        const Clock::time_point start = Clock::now();
        if (!sendAll(fd, get, deadline) || readResponse(fd, deadline) != 200)
            return 1;
        samples.push_back(millisecondsSince(start));
    }
    std::sort(samples.begin(), samples.end());
    std::printf("%.2f\n", samples[samples.size() / 2]);
    std::fflush(stdout);
    if (arguments.holdMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(arguments.holdMs));
    ::close(fd);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Arguments arguments = parse(argc, argv);
    ::signal(SIGPIPE, SIG_IGN);
    if (arguments.mode == "ready")
        return ready(arguments);
    if (arguments.mode == "rtt")
        return rtt(arguments);
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(arguments.timeoutMs);
    return getOnce(arguments.port, arguments.path, deadline) ? 0 : 1;
}
