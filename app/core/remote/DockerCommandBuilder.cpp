// SPDX-License-Identifier: GPL-3.0-or-later
#include "DockerCommandBuilder.h"

namespace RayDeck {

DockerCommandBuilder::DockerCommandBuilder(DockerSettings settings)
    : m_settings(std::move(settings))
{
}

QStringList DockerCommandBuilder::docker(const QStringList &arguments) const
{
    QStringList argv;
    if (m_settings.useSudo)
        argv << QStringLiteral("sudo") << QStringLiteral("-n");
    argv << QStringLiteral("docker") << arguments;
    return argv;
}

QStringList DockerCommandBuilder::version() const
{
    return docker({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
}

QStringList DockerCommandBuilder::inspectContainer() const
{
    // "--type container" keeps an image of the same name from answering.
    return docker({QStringLiteral("inspect"), QStringLiteral("--type"), QStringLiteral("container"),
                   m_settings.containerName});
}

QStringList DockerCommandBuilder::inspectImage() const
{
    return docker({QStringLiteral("image"), QStringLiteral("inspect"), m_settings.image});
}

QStringList DockerCommandBuilder::pullImage() const
{
    return docker({QStringLiteral("pull"), m_settings.image});
}

QStringList DockerCommandBuilder::runContainer() const
{
    QStringList arguments{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                          m_settings.containerName};
    if (!m_settings.gpus.isEmpty())
        arguments << QStringLiteral("--gpus") << m_settings.gpus;
    if (!m_settings.network.isEmpty())
        arguments << QStringLiteral("--network=") + m_settings.network;
    for (const QString &ulimit : m_settings.ulimits)
        arguments << QStringLiteral("--ulimit") << ulimit;
    if (!m_settings.shmSize.isEmpty())
        arguments << QStringLiteral("--shm-size") << m_settings.shmSize;
    for (const QString &mount : m_settings.mounts)
        arguments << QStringLiteral("-v") << mount;
    arguments << m_settings.extraRunArguments;
    // The container only has to stay up; work happens through docker exec.
    arguments << m_settings.image << QStringLiteral("sleep") << QStringLiteral("infinity");
    return docker(arguments);
}

QStringList DockerCommandBuilder::startContainer() const
{
    return docker({QStringLiteral("start"), m_settings.containerName});
}

QStringList DockerCommandBuilder::stopContainer() const
{
    return docker({QStringLiteral("stop"), m_settings.containerName});
}

QStringList DockerCommandBuilder::exec(const QStringList &argv, const QStringList &environment) const
{
    if (!m_settings.enabled)
        return environment.isEmpty() ? argv : QStringList{QStringLiteral("env")} + environment + argv;
    QStringList arguments{QStringLiteral("exec")};
    for (const QString &variable : environment)
        arguments << QStringLiteral("-e") << variable;
    arguments << m_settings.containerName << argv;
    return docker(arguments);
}

} // namespace RayDeck
