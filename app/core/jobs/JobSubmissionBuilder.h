// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobLaunch.h"
#include "hydra/ConfigSchema.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace RayDeck {

/// Values of secret environment variables by variable name, read from the keychain just before sending.
using JobSecretValues = QHash<QString, SecureBytes>;

/**
 * Turns a JobLaunch into what Ray receives:
 *
 * - entrypoint(): `[cd <dir> && ]python3 -m verl.trainer.main_ppo '<override>' ...`.
 *   Ray's job supervisor runs it with `sh -c`, so every override and the
 *   directory go through shellQuote() and arrive as one argument each.
 * - requestBody(): the JSON body of `POST /api/jobs/` (Ray's JobSubmitRequest),
 *   with optional keys left out when unset, runtime_env.env_vars for the
 *   variables and metadata app=raydeck (+ preset). Secret values are put in
 *   only here, straight into a SecureBytes buffer.
 * - previewBody() and commandLinePreview(): the same body, and the equivalent
 *   `ray job submit` command line, with every secret shown as maskedValue().
 *
 * Pure functions, any thread. Overrides that cannot be written as Hydra text
 * (see HydraFormatter) make every function fail with that error.
 */
class JobSubmissionBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::JobSubmissionBuilder)

public:
    /// `python3 -m verl.trainer.main_ppo`, as arguments.
    static QStringList trainerCommand();
    /// What replaces a secret value in previews.
    static QString maskedValue();

    /// The overrides as Hydra text, one per argument, in order.
    [[nodiscard]] static Result<QStringList> overrideArguments(const JobLaunch &launch);
    [[nodiscard]] static Result<QString> entrypoint(const JobLaunch &launch);

    /**
     * `<experiment_name>-<yyyyMMdd-HHmmss>` with the experiment name the
     * overrides give trainer.experiment_name (else the schema's default, else
     * "verl"), reduced to letters, digits and `._-`.
     */
    static QString defaultSubmissionId(const JobLaunch &launch, const QDateTime &now,
                                       const ConfigSchema &schema = ConfigSchema::bundled());
    /// @p launch with an empty submission id replaced by defaultSubmissionId().
    static JobLaunch withDefaults(JobLaunch launch, const QDateTime &now,
                                  const ConfigSchema &schema = ConfigSchema::bundled());

    /**
     * The body to send, compact JSON. Fails with NotFound when @p secrets has no
     * value for a secret variable. Wipe nothing: the SecureBytes wipes itself.
     */
    [[nodiscard]] static Result<SecureBytes> requestBody(const JobLaunch &launch, const JobSecretValues &secrets);
    /// The body as shown to the user: secrets masked.
    [[nodiscard]] static Result<QJsonObject> previewBody(const JobLaunch &launch);
    /**
     * `ray job submit --address http://127.0.0.1:<localPort> --submission-id ...
     * [--runtime-env-json ...] --metadata-json ... [--entrypoint-num-cpus N]
     * [--entrypoint-num-gpus N] -- python3 -m verl.trainer.main_ppo ...`, every
     * argument shell-quoted, secrets masked. With a working directory the part
     * after `--` is `sh -c '<entrypoint>'`, since `ray job submit` quotes each
     * word it is given and would otherwise quote the `&&`.
     */
    [[nodiscard]] static Result<QString> commandLinePreview(const JobLaunch &launch, quint16 localPort);
};

} // namespace RayDeck
