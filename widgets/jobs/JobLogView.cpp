// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLogView.h"

#include "ray/JobLogFollower.h"
#include "util/SaveFile.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace RayDeck {

JobLogView::JobLogView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jobLogView"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("jobLogPlainTextEdit"));
    m_text->setAccessibleName(tr("Job log"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(maxLines);
    m_text->setUndoRedoEnabled(false);

    m_followCheckBox = new QCheckBox(tr("&Follow"), this);
    m_followCheckBox->setObjectName(QStringLiteral("jobLogFollowCheckBox"));
    m_followCheckBox->setAccessibleName(tr("Follow the end of the log"));
    m_followCheckBox->setChecked(true);
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("jobLogSearchLineEdit"));
    m_searchLineEdit->setAccessibleName(tr("Search the log"));
    m_searchLineEdit->setPlaceholderText(tr("Search…"));
    m_searchLineEdit->setClearButtonEnabled(true);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &JobLogView::findNext);
    m_saveButton = new QPushButton(tr("&Save…"), this);
    m_saveButton->setObjectName(QStringLiteral("jobLogSavePushButton"));
    m_saveButton->setAccessibleName(tr("Save the log to a file"));
    connect(m_saveButton, &QPushButton::clicked, this, &JobLogView::saveToFile);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("jobLogStatusLabel"));

    // Scrolling up stops following; scrolling back to the end resumes it.
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_text->verticalScrollBar()->isSliderDown())
            m_followCheckBox->setChecked(value == m_text->verticalScrollBar()->maximum());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_followCheckBox);
    bar->addWidget(m_searchLineEdit, 1);
    bar->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_statusLabel);
}

JobLogView::~JobLogView() = default;

void JobLogView::setFollower(JobLogFollower *follower)
{
    if (m_follower)
        m_follower->disconnect(this);
    m_follower = follower;
    if (!follower)
        return;
    connect(follower, &JobLogFollower::logReceived, this, &JobLogView::appendText);
    connect(follower, &QObject::destroyed, this, [this] { m_follower = nullptr; });
    connect(follower, &JobLogFollower::reconnecting, this,
            [this] { m_statusLabel->setText(tr("Log stream interrupted; reconnecting…")); });
    connect(follower, &JobLogFollower::finished, this, [this](JobStatus status) {
        m_statusLabel->setText(tr("Job %1; the log is complete.").arg(displayName(status).toLower()));
    });
    connect(follower, &JobLogFollower::failed, this,
            [this](const Error &error) { m_statusLabel->setText(error.message()); });
    m_statusLabel->setText(tr("Following…"));
}

void JobLogView::clear()
{
    m_text->clear();
    m_partialLine.clear();
    m_statusLabel->clear();
}

void JobLogView::appendText(const QString &text)
{
    // QPlainTextEdit counts blocks; feed it whole lines so a line split across
    // two frames does not become two lines.
    QString chunk = m_partialLine + text;
    const qsizetype lastNewline = chunk.lastIndexOf(u'\n');
    if (lastNewline < 0) {
        m_partialLine = chunk;
        return;
    }
    m_partialLine = chunk.mid(lastNewline + 1);
    chunk.truncate(lastNewline);
    const int scrollValue = m_text->verticalScrollBar()->value();
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_text->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(chunk);
    if (m_followCheckBox->isChecked())
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    else
        m_text->verticalScrollBar()->setValue(scrollValue);
}

QString JobLogView::text() const
{
    return m_text->toPlainText() + (m_partialLine.isEmpty() ? QString() : u'\n' + m_partialLine);
}

int JobLogView::lineCount() const
{
    return m_text->document()->isEmpty() ? 0 : m_text->blockCount();
}

bool JobLogView::isFollowing() const
{
    return m_followCheckBox->isChecked();
}

bool JobLogView::findNext()
{
    const QString needle = m_searchLineEdit->text();
    if (needle.isEmpty())
        return false;
    m_followCheckBox->setChecked(false);
    if (m_text->find(needle))
        return true;
    // Wrap around once.
    m_text->moveCursor(QTextCursor::Start);
    const bool found = m_text->find(needle);
    m_statusLabel->setText(found ? QString() : tr("\"%1\" not found").arg(needle));
    return found;
}

void JobLogView::saveToFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"), QStringLiteral("job.log"),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !commitFully(file, &reason)) {
        m_statusLabel->setText(tr("Could not save the log: %1").arg(reason.isEmpty() ? file.errorString() : reason));
        return;
    }
    m_statusLabel->setText(tr("Saved to %1").arg(path));
}

} // namespace RayDeck
