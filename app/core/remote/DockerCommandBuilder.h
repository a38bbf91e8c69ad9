// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QStringList>

namespace RayDeck {

/**
 * The docker command lines RayDeck runs for a profile, as argument vectors.
 * Values from the profile (container name, image, mounts, extra arguments)
 * are single arguments and never pass through a shell unquoted. With "use
 * sudo", every command is prefixed with `sudo -n` so a password prompt fails
 * at once instead of hanging the connect chain.
 */
class DockerCommandBuilder
{
public:
    explicit DockerCommandBuilder(DockerSettings settings);

    QStringList version() const;
    QStringList inspectContainer() const;
    QStringList inspectImage() const;
    QStringList pullImage() const;
    /// `docker run -d --name C --gpus all --network=host --ulimit ... IMAGE sleep infinity`
    QStringList runContainer() const;
    QStringList startContainer() const;
    QStringList stopContainer() const;
    /// `docker exec [-e K=V]... C argv...`; without Docker, argv itself (it runs on the host).
    QStringList exec(const QStringList &argv, const QStringList &environment = {}) const;

private:
    QStringList docker(const QStringList &arguments) const;

    DockerSettings m_settings;
};

} // namespace RayDeck
