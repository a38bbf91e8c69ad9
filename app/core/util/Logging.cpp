// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "raydeck.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "raydeck.core.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "raydeck.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "raydeck.core.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSshTrace, "raydeck.core.ssh.trace", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcTunnel, "raydeck.core.tunnel", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRemote, "raydeck.core.remote", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRay, "raydeck.core.ray", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHydra, "raydeck.core.hydra", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "raydeck.core.metrics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "raydeck.cli", QtInfoMsg)
