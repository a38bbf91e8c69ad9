// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ray/JobStatus.h"
#include "util/Result.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTemporaryFile;

namespace RayDeck {

class JobLogFollower;

/**
 * A job's live log: appends what a JobLogFollower delivers, follows the end
 * unless the user scrolls away or unticks Follow, finds text, saves to a file.
 *
 * Memory stays bounded on huge logs: only the newest maxLines lines are kept on
 * screen (a note says older lines were trimmed), and text arriving faster than
 * the screen is refreshed is batched (at most 2 * maxLines lines wait; lines
 * that could never be on screen are dropped before any layout work). Every character received is also streamed to a private temporary
 * file (owner-only, removed with the view), so "Save" writes the full log,
 * copied from disk in chunks, never held in memory.
 */
class JobLogView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxLines = 10000;

    explicit JobLogView(QWidget *parent = nullptr);
    ~JobLogView() override;

    /// Shows @p follower's output from now on (not owned; may be null to detach).
    void setFollower(JobLogFollower *follower);
    void clear();
    void appendText(const QString &text);
    /// The text on screen (the newest lines), including text not yet painted.
    QString text() const;
    int lineCount() const;
    /// Lines received but no longer on screen.
    qint64 trimmedLineCount() const;
    /// Bytes (UTF-8) of the full log kept on disk for Save.
    qint64 fullLogSize() const;
    bool isFollowing() const;
    /// What the status line says once the job reached @p status.
    static QString endedText(JobStatus status);
    QString statusText() const;
    /// Writes the full log received so far to @p path (atomically), streamed from disk.
    [[nodiscard]] Result<void> saveToFile(const QString &path);

public Q_SLOTS:
    bool findNext();
    /// Asks for a file name, then saves the full log there.
    void saveToFileAsk();
    /// Puts text still waiting for the next refresh on screen now.
    void flush();

private:
    void updateTrimmedNote();

    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_followCheckBox = nullptr;
    QLineEdit *m_searchLineEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_trimmedLabel = nullptr;
    JobLogFollower *m_follower = nullptr;
    QString m_partialLine;
    QStringList m_pending;      ///< whole lines waiting for the next refresh (at most 2 * maxLines)
    qint64 m_droppedPending = 0; ///< lines dropped from m_pending since the last refresh
    int m_flushInterval = 100;  ///< ms; grows when refreshing is expensive
    qint64 m_totalLines = 0;    ///< whole lines received since clear()
    QTimer m_flushTimer;
    std::unique_ptr<QTemporaryFile> m_spool;
    bool m_spoolFailed = false;
};

} // namespace RayDeck
