// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLogView.h"

#include "ray/JobLogFollower.h"
#include "util/SaveFile.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QVBoxLayout>

namespace RayDeck {

namespace {
constexpr int flushIntervalMs = 100;
constexpr qint64 copyChunkBytes = 1 << 20;
} // namespace

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

    m_followCheckBox = new QCheckBox(tr("Follow"), this);
    m_followCheckBox->setObjectName(QStringLiteral("jobLogFollowCheckBox"));
    m_followCheckBox->setAccessibleName(tr("Follow the end of the log"));
    m_followCheckBox->setChecked(true);
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("jobLogSearchLineEdit"));
    m_searchLineEdit->setAccessibleName(tr("Search the log"));
    m_searchLineEdit->setPlaceholderText(tr("Search…"));
    m_searchLineEdit->setClearButtonEnabled(true);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &JobLogView::findNext);
    m_saveButton = new QPushButton(tr("Save…"), this);
    m_saveButton->setObjectName(QStringLiteral("jobLogSavePushButton"));
    m_saveButton->setAccessibleName(tr("Save the full log to a file"));
    connect(m_saveButton, &QPushButton::clicked, this, &JobLogView::saveToFileAsk);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("jobLogStatusLabel"));
    m_trimmedLabel = new QLabel(this);
    m_trimmedLabel->setObjectName(QStringLiteral("jobLogTrimmedLabel"));
    m_trimmedLabel->setWordWrap(true);
    m_trimmedLabel->hide();

    // Scrolling up stops following; scrolling back to the end resumes it.
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_text->verticalScrollBar()->isSliderDown())
            m_followCheckBox->setChecked(value == m_text->verticalScrollBar()->maximum());
    });

    // A fast log arrives in many small frames: painting them in batches keeps the UI responsive.
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobLogView::flush);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_followCheckBox);
    bar->addWidget(m_searchLineEdit, 1);
    bar->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_trimmedLabel);
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
        flush();
        m_statusLabel->setText(endedText(status));
    });
    connect(follower, &JobLogFollower::failed, this,
            [this](const Error &error) { m_statusLabel->setText(error.message()); });
    m_statusLabel->setText(tr("Following…"));
}

QString JobLogView::endedText(JobStatus status)
{
    // One whole sentence per outcome, so each language can word it naturally.
    switch (status) {
    case JobStatus::Succeeded:
        return tr("The job succeeded; the log is complete.");
    case JobStatus::Failed:
        return tr("The job failed; the log is complete.");
    case JobStatus::Stopped:
        return tr("The job was stopped; the log is complete.");
    case JobStatus::Pending:
    case JobStatus::Running:
        break;
    }
    return tr("The job ended; the log is complete.");
}

QString JobLogView::statusText() const
{
    return m_statusLabel->text();
}

void JobLogView::clear()
{
    m_flushTimer.stop();
    m_text->clear();
    m_partialLine.clear();
    m_pending.clear();
    m_droppedPending = 0;
    m_totalLines = 0;
    m_statusLabel->clear();
    m_spool.reset();
    m_spoolFailed = false;
    updateTrimmedNote();
}

void JobLogView::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    // The full log goes to disk first; the screen keeps only the newest lines.
    if (!m_spool && !m_spoolFailed) {
        m_spool = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/raydeck-job-log-XXXXXX.log"));
        if (!m_spool->open()) {
            m_spool.reset();
            m_spoolFailed = true;
        }
    }
    if (m_spool && m_spool->write(text.toUtf8()) < 0) {
        m_spool.reset();
        m_spoolFailed = true;
    }

    // QPlainTextEdit counts blocks; feed it whole lines so a line split across
    // two frames does not become two lines.
    qsizetype start = 0;
    for (qsizetype newline = text.indexOf(u'\n'); newline >= 0; newline = text.indexOf(u'\n', start)) {
        if (m_partialLine.isEmpty()) {
            m_pending.append(text.mid(start, newline - start));
        } else {
            m_partialLine += QStringView(text).mid(start, newline - start);
            m_pending.append(m_partialLine);
            m_partialLine.clear();
        }
        ++m_totalLines;
        start = newline + 1;
    }
    m_partialLine += QStringView(text).mid(start);
    // Lines that could never be on screen are dropped before they cost any layout.
    if (m_pending.size() > 2 * maxLines) {
        const qsizetype drop = m_pending.size() - maxLines;
        m_pending.remove(0, drop);
        m_droppedPending += drop;
    }
    if (!m_flushTimer.isActive() && !m_pending.isEmpty())
        m_flushTimer.start(m_flushInterval);
}

void JobLogView::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QElapsedTimer cost;
    cost.start();
    const qsizetype first = qMax<qsizetype>(0, m_pending.size() - maxLines);
    const bool replaceAll = m_droppedPending > 0 || first > 0 || m_pending.size() >= maxLines;
    QString chunk;
    qsizetype length = 0;
    for (qsizetype i = first; i < m_pending.size(); ++i)
        length += m_pending[i].size() + 1;
    chunk.reserve(length);
    for (qsizetype i = first; i < m_pending.size(); ++i) {
        if (i > first)
            chunk += u'\n';
        chunk += m_pending[i];
    }
    m_pending.clear();
    m_droppedPending = 0;
    // A whole screenful of new lines replaces the old ones instead of pushing them out one by one.
    if (replaceAll)
        m_text->clear();
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
    updateTrimmedNote();
    // Laying text out is the expensive part: under a flood, refresh less often so it stays a small share.
    m_flushInterval = int(qBound(qint64(flushIntervalMs), cost.elapsed() * 4, qint64(2000)));
}

void JobLogView::updateTrimmedNote()
{
    const qint64 trimmed = trimmedLineCount();
    m_trimmedLabel->setVisible(trimmed > 0);
    if (trimmed > 0)
        m_trimmedLabel->setText(tr("Older lines trimmed (%1 not shown); save to file for the full log.").arg(trimmed));
}

QString JobLogView::text() const
{
    QString shown = m_text->toPlainText();
    if (!m_pending.isEmpty())
        shown += (lineCount() == 0 ? QString() : QStringLiteral("\n")) + m_pending.join(u'\n');
    return shown + (m_partialLine.isEmpty() ? QString() : u'\n' + m_partialLine);
}

int JobLogView::lineCount() const
{
    return m_text->document()->isEmpty() ? 0 : m_text->blockCount();
}

qint64 JobLogView::trimmedLineCount() const
{
    return qMax<qint64>(0, m_totalLines - lineCount() - m_pending.size());
}

qint64 JobLogView::fullLogSize() const
{
    return m_spool ? m_spool->size() : 0;
}

bool JobLogView::isFollowing() const
{
    return m_followCheckBox->isChecked();
}

bool JobLogView::findNext()
{
    flush();
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

Result<void> JobLogView::saveToFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Could not save the log: %1").arg(file.errorString()));
    if (m_spool) {
        m_spool->flush();
        QFile source(m_spool->fileName());
        if (!source.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, tr("Could not save the log: %1").arg(source.errorString()));
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(copyChunkBytes);
            if (chunk.isEmpty() || file.write(chunk) != chunk.size())
                return Error(Error::Code::Io, tr("Could not save the log: %1").arg(file.errorString()));
        }
    } else if (file.write(text().toUtf8()) < 0) {
        // Without a spool file (the temporary folder is unusable) only the shown lines exist.
        return Error(Error::Code::Io, tr("Could not save the log: %1").arg(file.errorString()));
    }
    QString reason;
    if (!commitFully(file, &reason))
        return Error(Error::Code::Io, tr("Could not save the log: %1").arg(reason));
    return {};
}

void JobLogView::saveToFileAsk()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"), QStringLiteral("job.log"),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = saveToFile(path);
    m_statusLabel->setText(saved ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : saved.error().message());
}

} // namespace RayDeck
