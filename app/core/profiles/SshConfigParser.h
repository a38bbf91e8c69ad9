// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/SshConfigDocument.h"
#include "profiles/SshConfigEnvironment.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace RayDeck {

/**
 * Reads ssh_config files the way OpenSSH 9 does: "Keyword value" or
 * "Keyword=value", case-insensitive keywords, double or single quotes,
 * backslash escapes, "#" comments (also after values), and Include with glob
 * patterns and paths relative to ~/.ssh (user files) or the system file's
 * folder. Includes are read wherever they appear (also inside Host blocks);
 * whether their contents apply is decided per host by SshConfigResolver.
 *
 * Parsing never fails on a bad line: the line is dropped and a note says so.
 * Only an unreadable top-level user file is an error. Included paths that are
 * not regular files (devices, FIFOs) or are larger than maximumFileSize are
 * skipped with a note, and one parse reads at most maximumFilesRead files, so
 * an Include that names its own file several times cannot multiply the work
 * sixteen levels deep. Synchronous; reads files.
 */
class SshConfigParser
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigParser)

public:
    /// Larger files are not ssh configurations; they are skipped with a note.
    static constexpr qint64 maximumFileSize = 1024 * 1024;
    /// Files read by one parse(), the user's and system file and all includes.
    static constexpr int maximumFilesRead = 256;

    explicit SshConfigParser(SshConfigEnvironment environment = SshConfigEnvironment::current());

    /// "~/.ssh/config" of SshConfigEnvironment::includeHomeDirectory.
    QString defaultUserConfigPath() const;
    static QString defaultSystemConfigPath();

    /**
     * Reads @p userConfigPath (Error::Code::NotFound if missing) and, if given,
     * @p systemConfigPath (skipped silently if missing). `ssh -F FILE` reads no
     * system file; plain `ssh` reads both.
     */
    [[nodiscard]] Result<SshConfigDocument> parse(const QString &userConfigPath,
                                                  const QString &systemConfigPath = {}) const;

    /// Splits a value the way OpenSSH's argv_split does; nullopt on an unclosed quote.
    static std::optional<QStringList> splitArguments(const QString &text);

private:
    enum class Scope { User, System };
    /// Carried through one parse() and all its includes.
    struct ReadState
    {
        QStringList &notes;
        int filesRead = 0;
        bool toldAboutFileLimit = false;
    };
    SshConfigFile parseFile(const QString &path, Scope scope, int depth, ReadState &state) const;
    QStringList expandInclude(const QString &pattern, Scope scope, const QString &systemDirectory) const;

    SshConfigEnvironment m_environment;
};

} // namespace RayDeck
