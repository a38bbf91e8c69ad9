// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace RayDeck::SocketIo {

// Small POSIX socket helpers for the forwarding engine, which moves bytes
// between raw descriptors and libssh without Qt's socket buffering in between.

bool setNonBlocking(int fd);
/// Disables Nagle: forwarded request/response traffic must not wait for ACKs.
void setNoDelay(int fd);
/// SO_KEEPALIVE plus TCP_USER_TIMEOUT as a kernel-level backstop to the SSH keepalive.
void enableKeepalive(int fd, std::chrono::milliseconds idle, int probes);
/// close() that ignores EINTR (Linux always releases the descriptor).
void closeDescriptor(int fd);
/// Closes with an RST instead of a FIN, so the client sees the connection fail.
void resetAndClose(int fd);
/// The peer's port of a connected TCP socket, 0 if unknown.
int peerPort(int fd);

} // namespace RayDeck::SocketIo
