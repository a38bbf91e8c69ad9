// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigGroup.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace RayDeck {

namespace {

// Longer prefixes first is not needed: none of these is a prefix of another.
const std::array<std::pair<const char16_t *, ConfigGroup>, 8> prefixes{{
    {u"data.", ConfigGroup::Data},
    {u"actor_rollout_ref.model.", ConfigGroup::Model},
    {u"actor_rollout_ref.actor.", ConfigGroup::Actor},
    {u"actor_rollout_ref.rollout.", ConfigGroup::Rollout},
    {u"actor_rollout_ref.ref.", ConfigGroup::Reference},
    {u"critic.", ConfigGroup::Critic},
    {u"algorithm.", ConfigGroup::Algorithm},
    {u"trainer.", ConfigGroup::Trainer},
}};

} // namespace

QList<ConfigGroup> allConfigGroups()
{
    return {ConfigGroup::Data,   ConfigGroup::Model,     ConfigGroup::Actor,   ConfigGroup::Rollout, ConfigGroup::Reference,
            ConfigGroup::Critic, ConfigGroup::Algorithm, ConfigGroup::Trainer, ConfigGroup::Other};
}

ConfigGroup configGroupForKey(QStringView key)
{
    for (const auto &[prefix, group] : prefixes) {
        if (key.startsWith(QStringView(prefix)))
            return group;
    }
    return ConfigGroup::Other;
}

QString configGroupId(ConfigGroup group)
{
    switch (group) {
    case ConfigGroup::Data:
        return QStringLiteral("data");
    case ConfigGroup::Model:
        return QStringLiteral("model");
    case ConfigGroup::Actor:
        return QStringLiteral("actor");
    case ConfigGroup::Rollout:
        return QStringLiteral("rollout");
    case ConfigGroup::Reference:
        return QStringLiteral("reference");
    case ConfigGroup::Critic:
        return QStringLiteral("critic");
    case ConfigGroup::Algorithm:
        return QStringLiteral("algorithm");
    case ConfigGroup::Trainer:
        return QStringLiteral("trainer");
    case ConfigGroup::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<ConfigGroup> configGroupFromId(QStringView id)
{
    for (ConfigGroup group : allConfigGroups()) {
        if (configGroupId(group) == id)
            return group;
    }
    return std::nullopt;
}

QString configGroupTitle(ConfigGroup group)
{
    switch (group) {
    case ConfigGroup::Data:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Data");
    case ConfigGroup::Model:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Model");
    case ConfigGroup::Actor:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Actor");
    case ConfigGroup::Rollout:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Rollout");
    case ConfigGroup::Reference:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Reference");
    case ConfigGroup::Critic:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Critic");
    case ConfigGroup::Algorithm:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Algorithm");
    case ConfigGroup::Trainer:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Trainer");
    case ConfigGroup::Other:
        return QCoreApplication::translate("RayDeck::ConfigGroup", "Other");
    }
    return {};
}

} // namespace RayDeck
