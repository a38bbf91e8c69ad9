// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretChangeSet.h"
#include "secrets/SecretStore.h"

#include <QObject>

namespace RayDeck {

/**
 * Carries out a SecretChangeSet against a SecretStore, one step at a time:
 * moves, copies, deletions, then writes. A move or copy whose source holds
 * nothing is skipped. The first error is reported after the remaining steps
 * have run, except Error::Code::KeychainUnavailable, which ends the run at
 * once (every further step would fail the same way, slowly).
 *
 * Thread: the context's thread. @p done is called once, unless @p context is
 * destroyed first, which also stops the run.
 */
class SecretChangeRunner : public QObject
{
    Q_OBJECT

public:
    static void start(SecretStore *store, SecretChangeSet changes, QObject *context, SecretStore::DoneCallback done);

private:
    SecretChangeRunner(SecretStore *store, SecretChangeSet changes, SecretStore::DoneCallback done, QObject *parent);
    void next();
    void stepFinished(const Result<void> &result);
    void finish();

    enum class StepKind { Move, Copy, Delete, Write };
    struct Step
    {
        StepKind kind = StepKind::Delete;
        SecretRef from;
        SecretRef to;
        SecureBytes value;
    };

    SecretStore *m_store = nullptr;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    std::optional<Error> m_firstError;
    SecretStore::DoneCallback m_done;
};

} // namespace RayDeck
