// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <memory>

class QLockFile;

namespace RayDeck {

/**
 * An exclusive lock between processes on "<profiles file>.lock", held while
 * ProfileStore reads, changes and rewrites the profiles file. On Unix it is
 * an flock(2) on that file: the kernel releases it when the holder exits or
 * crashes, so there are no stale locks, and a waiting process gets it within
 * milliseconds. Elsewhere it falls back to QLockFile.
 *
 * Not a QObject; lives for one read-modify-write on one thread.
 */
class ProfileFileLock
{
public:
    explicit ProfileFileLock(QString lockFilePath);
    ~ProfileFileLock();
    ProfileFileLock(const ProfileFileLock &) = delete;
    ProfileFileLock &operator=(const ProfileFileLock &) = delete;

    /// Waits up to @p timeout; false if another process still holds the lock or it cannot be created.
    [[nodiscard]] bool tryLock(std::chrono::milliseconds timeout);
    void unlock();
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
    std::unique_ptr<QLockFile> m_fallback;
};

} // namespace RayDeck
