// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretChangeRunner.h"

#include "util/Logging.h"

namespace RayDeck {

void SecretChangeRunner::start(SecretStore *store, SecretChangeSet changes, QObject *context,
                               SecretStore::DoneCallback done)
{
    // Parented to the context: destroying the context stops the run and drops done.
    auto *runner = new SecretChangeRunner(store, std::move(changes), std::move(done), context);
    runner->next();
}

SecretChangeRunner::SecretChangeRunner(SecretStore *store, SecretChangeSet changes, SecretStore::DoneCallback done,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_done(std::move(done))
{
    for (const SecretChangeSet::Transfer &move : std::as_const(changes.moves))
        m_steps.append(Step{StepKind::Move, move.from, move.to, {}});
    for (const SecretChangeSet::Transfer &copy : std::as_const(changes.copies))
        m_steps.append(Step{StepKind::Copy, copy.from, copy.to, {}});
    for (const SecretRef &ref : std::as_const(changes.deletions))
        m_steps.append(Step{StepKind::Delete, ref, {}, {}});
    for (SecretChangeSet::Write &write : changes.writes)
        m_steps.append(Step{StepKind::Write, {}, write.ref, std::move(write.value)});
}

void SecretChangeRunner::next()
{
    if (m_next >= m_steps.size()) {
        finish();
        return;
    }
    Step &step = m_steps[m_next++];
    switch (step.kind) {
    case StepKind::Delete:
        m_store->deleteSecret(step.from, this, [this](const Result<void> &result) { stepFinished(result); });
        return;
    case StepKind::Write:
        m_store->writeSecret(step.to, step.value, this, [this, &step](const Result<void> &result) {
            step.value.clear();
            stepFinished(result);
        });
        return;
    case StepKind::Move:
    case StepKind::Copy: {
        const StepKind kind = step.kind;
        const SecretRef from = step.from;
        const SecretRef to = step.to;
        m_store->readSecret(from, this, [this, kind, from, to](Result<SecureBytes> read) {
            if (!read) {
                // Nothing stored under the old entry: nothing to carry over.
                stepFinished(read.error().code() == Error::Code::NotFound ? Result<void>() : Result<void>(read.error()));
                return;
            }
            m_store->writeSecret(to, read.value(), this, [this, kind, from](const Result<void> &written) {
                if (!written || kind == StepKind::Copy) {
                    stepFinished(written);
                    return;
                }
                m_store->deleteSecret(from, this, [this](const Result<void> &deleted) { stepFinished(deleted); });
            });
        });
        return;
    }
    }
}

void SecretChangeRunner::stepFinished(const Result<void> &result)
{
    if (!result) {
        if (!m_firstError)
            m_firstError = result.error();
        if (result.error().code() == Error::Code::KeychainUnavailable) {
            finish();
            return;
        }
    }
    next();
}

void SecretChangeRunner::finish()
{
    for (Step &step : m_steps)
        step.value.clear();
    m_next = m_steps.size();
    if (m_firstError)
        qCWarning(lcSecrets) << "keychain changes incomplete:" << m_firstError->detail();
    // Always report from the event loop, so callers never see done() inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            SecretStore::DoneCallback done = std::move(m_done);
            m_done = nullptr;
            const Result<void> result = m_firstError ? Result<void>(*m_firstError) : Result<void>();
            deleteLater();
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

} // namespace RayDeck
