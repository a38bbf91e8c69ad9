// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ray/JobStatus.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace RayDeck {

class JobLogFollower;

/**
 * A job's live log: appends what a JobLogFollower delivers, follows the end
 * unless the user scrolls away or unticks Follow, finds text, saves to a file.
 * Memory stays bounded on huge logs: only the newest maxLines lines are kept
 * on screen (the full log stays on the server and can be saved from there).
 */
class JobLogView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxLines = 200000;

    explicit JobLogView(QWidget *parent = nullptr);
    ~JobLogView() override;

    /// Shows @p follower's output from now on (not owned; may be null to detach).
    void setFollower(JobLogFollower *follower);
    void clear();
    void appendText(const QString &text);
    QString text() const;
    int lineCount() const;
    bool isFollowing() const;
    /// What the status line says once the job reached @p status.
    static QString endedText(JobStatus status);
    QString statusText() const;

public Q_SLOTS:
    bool findNext();
    void saveToFile();

private:
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_followCheckBox = nullptr;
    QLineEdit *m_searchLineEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    JobLogFollower *m_follower = nullptr;
    QString m_partialLine;
};

} // namespace RayDeck
