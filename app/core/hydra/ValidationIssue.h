// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace RayDeck {

/**
 * One finding of a check before launch: an error blocks the launch, a warning
 * is shown and the user may go on. Messages are translated and say what to do.
 */
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    enum class Kind {
        // Overrides against the config schema.
        UnknownKey,       ///< not in the config; suggestions has near names, and "+key" adds it
        AlreadyExists,    ///< "+key" of a key that exists
        NothingToDelete,  ///< "~key" of a key that does not exist
        TypeMismatch,     ///< the value does not fit the key's type
        MissingMandatory, ///< a "???" key nobody set
        DuplicateKey,     ///< the same key set twice; the last one wins
        NotChecked,       ///< a config group choice the schema cannot check
        EmptyKey,
        Unwritable,       ///< a value that cannot be written as Hydra text
        // Launch options.
        InvalidSubmissionId,
        InvalidWorkingDirectory,
        InvalidEnvironmentName,
        DuplicateEnvironmentName,
        InvalidResources,
        WandbWithoutApiKey, ///< trainer.logger has wandb and no WANDB_API_KEY is configured
    };

    Severity severity = Severity::Error;
    Kind kind = Kind::UnknownKey;
    int overrideIndex = -1; ///< which override, or -1 for the launch as a whole
    QString key;            ///< the config key or option concerned
    QString message;
    QStringList suggestions; ///< for UnknownKey: the nearest known keys, best first

    bool isError() const { return severity == Severity::Error; }
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::ValidationIssue)
