// SPDX-License-Identifier: GPL-3.0-or-later
// A small, fast HTTP/1.1 server for the benchmarks: keep-alive, pipelining,
// one epoll thread, so that it is never the bottleneck behind a tunnel
// (python's http.server would be).
//
//   httpstub --port P [--size BYTES]
//
// Routes (any method, query ignored):
//   /bytes/N       N bytes of body
//   /page/         a dashboard-like page: HTML, 12 scripts, a stylesheet, and an
//                  inline script that fetches 6 JSON documents and then sets
//                  document.title to "loaded" (for page-load timing)
//   /page/...      the page's resources
//   anything else  BYTES bytes of body (default 1024)
// Every response has Content-Length and "Cache-Control: no-store". Prints
// "listening P" on stdout once ready. Linux only.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

struct Resource
{
    std::string contentType;
    std::string body;
};

// The synthetic dashboard: sizes in the range of a single-page app's bundle.
constexpr int kScriptCount = 12;
constexpr int kApiCount = 6;

std::string paddedScript(int index, std::size_t size)
{
    std::string script = "window.__benchScripts = (window.__benchScripts || 0) + 1; /* script " + std::to_string(index) + " ";
    script.append(size > script.size() + 3 ? size - script.size() - 3 : 0, 'x');
    script += "*/\n";
    return script;
}

std::map<std::string, Resource, std::less<>> makePage()
{
    std::map<std::string, Resource, std::less<>> page;
    std::string html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>loading</title>\n"
                       "<link rel=\"stylesheet\" href=\"/page/style.css\">\n";
    for (int i = 0; i < kScriptCount; ++i) {
        const std::string name = "/page/chunk-" + std::to_string(i) + ".js";
        // One big main bundle, one vendor bundle, ten small route chunks.
        const std::size_t size = i == 0 ? 1536 * 1024 : i == 1 ? 640 * 1024 : 40 * 1024;
        page[name] = Resource{"application/javascript", paddedScript(i, size)};
        html += "<script src=\"" + name + "\"></script>\n";
    }
    page["/page/style.css"] = Resource{"text/css", "body { font-family: sans-serif; } /*" + std::string(80 * 1024, 'c') + "*/\n"};
    html += "</head><body><div id=\"root\">bench page</div><script>\n"
            "const apis = [];\n"
            "for (let i = 0; i < " + std::to_string(kApiCount) + "; ++i) apis.push(fetch('/page/api/' + i).then(r => r.json()));\n"
            "Promise.all(apis).then(() => { document.title = 'loaded'; }, () => { document.title = 'failed'; });\n"
            "</script></body></html>\n";
    page["/page/"] = Resource{"text/html; charset=utf-8", html};
    for (int i = 0; i < kApiCount; ++i) {
        std::string json = "{\"result\": true, \"data\": {\"index\": " + std::to_string(i) + ", \"pad\": \"";
        json.append(4096, 'j');
        json += "\"}}";
        page["/page/api/" + std::to_string(i)] = Resource{"application/json", json};
    }
    return page;
}

struct Client
{
    std::string in;
    std::string out;
    std::size_t written = 0;
    bool closeAfterWrite = false;
    std::uint32_t epollMask = EPOLLIN | EPOLLRDHUP;
};

class Server
{
public:
    Server(int port, std::size_t defaultSize)
        : m_port(port)
        , m_defaultBody(defaultSize, 'a')
        , m_page(makePage())
    {
    }

    int run()
    {
        std::signal(SIGPIPE, SIG_IGN);
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(std::uint16_t(m_port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 1024) != 0) {
            std::fprintf(stderr, "httpstub: cannot listen on 127.0.0.1:%d: %s\n", m_port, std::strerror(errno));
            return 1;
        }
        m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.fd = m_listener;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listener, &event);
        std::printf("listening %d\n", m_port);
        std::fflush(stdout);

        epoll_event events[256];
        for (;;) {
            const int n = ::epoll_wait(m_epoll, events, 256, -1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return 1;
            for (int i = 0; i < n; ++i) {
                const int fd = events[i].data.fd;
                if (fd == m_listener)
                    acceptAll();
                else
                    service(fd, events[i].events);
            }
        }
    }

private:
    void acceptAll()
    {
        for (;;) {
            const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            epoll_event event{};
            event.events = EPOLLIN | EPOLLRDHUP;
            event.data.fd = fd;
            ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
            m_clients[fd] = std::make_unique<Client>();
        }
    }

    void drop(int fd)
    {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
        m_clients.erase(fd);
    }

    void service(int fd, std::uint32_t events)
    {
        const auto found = m_clients.find(fd);
        if (found == m_clients.end())
            return;
        Client &client = *found->second;
        if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
            char buffer[16384];
            for (;;) {
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    client.in.append(buffer, std::size_t(n));
                    if (client.in.size() > (1 << 20))
                        return drop(fd); // not a benchmark client
                    continue;
                }
                if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                    // Peer closed: answer what it asked for, then close.
                    client.closeAfterWrite = true;
                }
                break;
            }
            answerRequests(client);
        }
        flush(fd, client);
    }

    void answerRequests(Client &client)
    {
        for (;;) {
            const std::size_t end = client.in.find("\r\n\r\n");
            if (end == std::string::npos)
                return;
            const std::string_view request(client.in.data(), end);
            const std::size_t lineEnd = request.find("\r\n");
            const std::string_view line = request.substr(0, lineEnd);
            const std::size_t pathStart = line.find(' ');
            const std::size_t pathEnd = line.find(' ', pathStart + 1);
            std::string_view path = pathStart == std::string_view::npos ? "/" : line.substr(pathStart + 1, pathEnd - pathStart - 1);
            if (const std::size_t query = path.find('?'); query != std::string_view::npos)
                path = path.substr(0, query);
            const bool http10 = line.ends_with("HTTP/1.0");
            const bool closeRequested = containsHeader(request, "connection: close");
            const bool keepAliveRequested = containsHeader(request, "connection: keep-alive");
            respond(client, path);
            if (closeRequested || (http10 && !keepAliveRequested))
                client.closeAfterWrite = true;
            client.in.erase(0, end + 4);
            if (client.closeAfterWrite) {
                client.in.clear();
                return;
            }
        }
    }

    static bool containsHeader(std::string_view request, std::string_view lowerNeedle)
    {
        if (request.size() < lowerNeedle.size())
            return false;
        for (std::size_t i = 0; i + lowerNeedle.size() <= request.size(); ++i) {
            std::size_t j = 0;
            while (j < lowerNeedle.size() && std::tolower(static_cast<unsigned char>(request[i + j])) == lowerNeedle[j])
                ++j;
            if (j == lowerNeedle.size())
                return true;
        }
        return false;
    }

    void respond(Client &client, std::string_view path)
    {
        const std::string *body = &m_defaultBody;
        std::string contentType = "application/octet-stream";
        std::string sized;
        if (path.starts_with("/bytes/")) {
            const long long size = std::atoll(std::string(path.substr(7)).c_str());
            sized.assign(std::size_t(std::clamp(size, 0LL, 256LL << 20)), 'b');
            body = &sized;
        } else if (const auto resource = m_page.find(path); resource != m_page.end()) {
            body = &resource->second.body;
            contentType = resource->second.contentType;
        } else if (path == "/page") {
            body = &m_page.find("/page/")->second.body;
            contentType = "text/html; charset=utf-8";
        }
        client.out += "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + std::to_string(body->size())
            + "\r\nCache-Control: no-store\r\n\r\n";
        client.out += *body;
    }

    void flush(int fd, Client &client)
    {
        while (client.written < client.out.size()) {
            const ssize_t n = ::send(fd, client.out.data() + client.written, client.out.size() - client.written, MSG_NOSIGNAL);
            if (n > 0) {
                client.written += std::size_t(n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                break;
            return drop(fd);
        }
        if (client.written == client.out.size()) {
            client.out.clear();
            client.written = 0;
            if (client.closeAfterWrite)
                return drop(fd);
        }
        // A peer that has closed its side is not read again (level-triggered
        // EPOLLRDHUP would otherwise spin until the answer is out).
        const std::uint32_t mask = (client.closeAfterWrite ? 0u : std::uint32_t(EPOLLIN | EPOLLRDHUP))
            | (client.out.empty() ? 0u : std::uint32_t(EPOLLOUT));
        if (mask != client.epollMask) {
            client.epollMask = mask;
            epoll_event event{};
            event.events = mask;
            event.data.fd = fd;
            ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
        }
    }

    int m_port;
    std::string m_defaultBody;
    std::map<std::string, Resource, std::less<>> m_page;
    int m_listener = -1;
    int m_epoll = -1;
    std::unordered_map<int, std::unique_ptr<Client>> m_clients;
};

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: httpstub --port P [--size BYTES]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    int port = 0;
    long long size = 1024;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--port")
            port = std::atoi(argv[i + 1]);
        else if (name == "--size")
            size = std::atoll(argv[i + 1]);
        else
            usage();
    }
    if (argc % 2 == 0 || port <= 0 || port > 65535 || size < 0 || size > (64LL << 20))
        usage();
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    return Server(port, std::size_t(size)).run();
}
