// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileFileLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace RayDeck {

ProfileFileLock::ProfileFileLock(QString lockFilePath)
    : m_path(std::move(lockFilePath))
{
}

ProfileFileLock::~ProfileFileLock()
{
    unlock();
}

bool ProfileFileLock::tryLock(std::chrono::milliseconds timeout)
{
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    }
    QElapsedTimer timer;
    timer.start();
    // flock() cannot time out by itself; poll with short, growing pauses so a
    // waiting process takes over within milliseconds of the release.
    unsigned long pause = 1;
    for (;;) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
            return true;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (timer.elapsed() >= timeout.count()) {
            m_error = QStringLiteral("held by another process");
            return false;
        }
        QThread::msleep(pause);
        pause = std::min<unsigned long>(pause * 2, 20);
    }
#else
    m_fallback = std::make_unique<QLockFile>(m_path);
    if (m_fallback->tryLock(int(timeout.count())))
        return true;
    m_error = QStringLiteral("held by another process");
    m_fallback.reset();
    return false;
#endif
}

void ProfileFileLock::unlock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        // Closing the descriptor releases the lock; the empty file stays for the next user.
        ::close(m_fd);
        m_fd = -1;
    }
#endif
    m_fallback.reset();
}

} // namespace RayDeck
