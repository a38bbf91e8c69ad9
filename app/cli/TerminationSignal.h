// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace RayDeck {

/**
 * SIGINT, SIGTERM and SIGHUP as a Qt signal, for CLI verbs that run until
 * interrupted (up, tunnel, --follow). The handler only writes a byte to a
 * socket pair; received() is emitted from the event loop, where it is safe to
 * close connections cleanly.
 */
class TerminationSignal : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignal(QObject *parent = nullptr);
    ~TerminationSignal() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace RayDeck
