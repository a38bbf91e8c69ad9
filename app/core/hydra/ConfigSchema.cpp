// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigSchema.h"

#include "ConfigSchemaYamlReader.h"
#include "HydraFormatter.h"
#include "HydraOverrideParser.h"
#include "util/Logging.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace RayDeck {

struct ConfigSchema::Data
{
    QString source;
    QList<ConfigSchemaEntry> entries;
    QHash<QString, qsizetype> index;
    QSet<QString> sections;
};

namespace {

// Levenshtein distance, case-insensitive, giving up once every path exceeds @p limit.
int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        const QChar ca = a[i - 1].toLower();
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = ca == b[j - 1].toLower() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QStringView lastSegment(QStringView key)
{
    const qsizetype dot = key.lastIndexOf(u'.');
    return dot < 0 ? key : key.mid(dot + 1);
}

bool isIndex(QStringView segment)
{
    if (segment.isEmpty())
        return false;
    return std::all_of(segment.begin(), segment.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString preview(const HydraValue &value)
{
    const Result<QString> text = HydraFormatter::formatValue(value);
    QString shown = text ? text.value() : value.kindName();
    if (shown.size() > 40)
        shown = shown.left(37) + QStringLiteral("...");
    return shown;
}

QString describeKind(const HydraValue &value)
{
    switch (value.kind()) {
    case HydraValue::Kind::String:
        return ConfigSchema::tr("text (str)");
    case HydraValue::Kind::Bool:
        return ConfigSchema::tr("a bool");
    case HydraValue::Kind::Int:
        return ConfigSchema::tr("an int");
    case HydraValue::Kind::Float:
        return ConfigSchema::tr("a float");
    case HydraValue::Kind::List:
        return ConfigSchema::tr("a list");
    case HydraValue::Kind::Dict:
        return ConfigSchema::tr("a dict");
    default:
        return value.kindName();
    }
}

bool fits(ConfigTypes types, const HydraValue &value)
{
    if (value.isNull() || value.isResolvedLater() || value.isMissingMarker())
        return true;
    switch (value.kind()) {
    case HydraValue::Kind::Null:
    case HydraValue::Kind::Interpolation:
        return true;
    case HydraValue::Kind::Bool:
        return types.testFlag(ConfigType::Bool);
    case HydraValue::Kind::Int:
        // Python accepts an int where a float is expected, and text fields take numbers.
        return types & (ConfigType::Int | ConfigType::Float | ConfigType::String);
    case HydraValue::Kind::Float:
        return types & (ConfigType::Float | ConfigType::String);
    case HydraValue::Kind::String:
        return types.testFlag(ConfigType::String);
    case HydraValue::Kind::List:
        return types.testFlag(ConfigType::List);
    case HydraValue::Kind::Dict:
        return types.testFlag(ConfigType::Dict);
    }
    return false;
}

// A hint for the commonest slips: "True" quoted, "256.0" for an int.
QString mismatchHint(ConfigTypes types, const HydraValue &value)
{
    if (types == ConfigTypes(ConfigType::Bool) && value.kind() == HydraValue::Kind::String)
        return ConfigSchema::tr(" Write true or false without quotes.");
    if (types.testFlag(ConfigType::Int) && value.kind() == HydraValue::Kind::Float && std::isfinite(value.toFloat())
        && value.toFloat() == std::trunc(value.toFloat()))
        return ConfigSchema::tr(" Write it without the decimal point: %1.").arg(QString::number(value.toFloat(), 'f', 0));
    if ((types & (ConfigType::Int | ConfigType::Float)) && value.kind() == HydraValue::Kind::String)
        return ConfigSchema::tr(" Write the number without quotes.");
    return {};
}

// The part of a dict value at a relative dotted path, as Hydra merges a dict into a section.
std::optional<HydraValue> descend(const HydraValue &value, QStringView path)
{
    HydraValue current = value;
    for (QStringView segment : path.split(u'.')) {
        if (current.kind() != HydraValue::Kind::Dict || !current.contains(segment.toString()))
            return std::nullopt;
        current = current.value(segment.toString());
    }
    return current;
}

} // namespace

ConfigSchema::ConfigSchema()
    : ConfigSchema(QList<ConfigSchemaEntry>(), QString())
{
}

ConfigSchema::ConfigSchema(QList<ConfigSchemaEntry> entries, QString source)
{
    auto data = std::make_shared<Data>();
    data->source = std::move(source);
    data->entries = std::move(entries);
    for (qsizetype i = 0; i < data->entries.size(); ++i) {
        const QString &key = data->entries.at(i).key;
        data->index.insert(key, i);
        qsizetype dot = key.indexOf(u'.');
        while (dot >= 0) {
            data->sections.insert(key.left(dot));
            dot = key.indexOf(u'.', dot + 1);
        }
    }
    d = std::move(data);
}

const ConfigSchema &ConfigSchema::bundled()
{
    static const ConfigSchema schema = [] {
        QFile file(QStringLiteral(":/raydeck/hydra/verl-ppo-schema.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcHydra) << "the built-in verl schema resource is missing";
            return ConfigSchema();
        }
        Result<ConfigSchema> loaded = fromResourceJson(file.readAll());
        if (!loaded) {
            qCCritical(lcHydra) << "the built-in verl schema is unreadable:" << loaded.error().detail();
            return ConfigSchema();
        }
        return std::move(loaded).value();
    }();
    return schema;
}

Result<ConfigSchema> ConfigSchema::fromResourceJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QString unreadable = tr("The config schema is unreadable.");
    if (document.isNull() || !document.isObject())
        return Error(Error::Code::CorruptData, unreadable, parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return Error(Error::Code::UnsupportedVersion, tr("The config schema was written by a newer RayDeck."));

    QList<ConfigSchemaEntry> entries;
    const QJsonArray array = root.value(QStringLiteral("entries")).toArray();
    entries.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        ConfigSchemaEntry entry;
        entry.key = object.value(QStringLiteral("key")).toString();
        const std::optional<ConfigTypes> types = configTypesFromName(object.value(QStringLiteral("type")).toString());
        entry.defaultText = object.value(QStringLiteral("default")).toString();
        const HydraParseResult<HydraValue> value = HydraOverrideParser::parseValue(entry.defaultText, entry.key);
        if (entry.key.isEmpty() || !types || !value)
            return Error(Error::Code::CorruptData, unreadable,
                         QStringLiteral("entry %1 (%2)").arg(entries.size()).arg(entry.key));
        entry.types = *types;
        entry.defaultValue = value.value();
        entry.group = configGroupFromId(object.value(QStringLiteral("group")).toString())
                          .value_or(configGroupForKey(entry.key));
        entry.note = object.value(QStringLiteral("note")).toString();
        entries.append(std::move(entry));
    }
    return ConfigSchema(std::move(entries), root.value(QStringLiteral("source")).toString());
}

Result<ConfigSchema> ConfigSchema::fromCfgJobYaml(const QByteArray &yaml, const ConfigSchema &hints)
{
    return ConfigSchemaYamlReader::read(yaml, hints);
}

bool ConfigSchema::isEmpty() const
{
    return d->entries.isEmpty();
}

qsizetype ConfigSchema::size() const
{
    return d->entries.size();
}

QString ConfigSchema::source() const
{
    return d->source;
}

const QList<ConfigSchemaEntry> &ConfigSchema::entries() const
{
    return d->entries;
}

QList<ConfigSchemaEntry> ConfigSchema::entries(ConfigGroup group) const
{
    QList<ConfigSchemaEntry> result;
    for (const ConfigSchemaEntry &entry : d->entries) {
        if (entry.group == group)
            result.append(entry);
    }
    return result;
}

const ConfigSchemaEntry *ConfigSchema::entry(const QString &key) const
{
    const auto found = d->index.constFind(key);
    return found == d->index.cend() ? nullptr : &d->entries.at(found.value());
}

ConfigSchema::KeyKind ConfigSchema::kindOf(const QString &key) const
{
    if (d->index.contains(key))
        return KeyKind::Value;
    if (d->sections.contains(key))
        return KeyKind::Section;
    // Below a leaf: inside a dict-typed value, or an index into a list.
    qsizetype dot = key.lastIndexOf(u'.');
    while (dot > 0) {
        const QString prefix = key.left(dot);
        if (const ConfigSchemaEntry *leaf = entry(prefix)) {
            const QStringView next = QStringView(key).mid(dot + 1).split(u'.').first();
            if (leaf->types.testFlag(ConfigType::List) && isIndex(next))
                return KeyKind::ListElement;
            if (leaf->types.testFlag(ConfigType::Dict))
                return KeyKind::InsideFreeDict;
            return KeyKind::Unknown;
        }
        dot = key.lastIndexOf(u'.', dot - 1);
    }
    return KeyKind::Unknown;
}

Result<void> ConfigSchema::checkValue(const QString &key, const HydraValue &value) const
{
    switch (kindOf(key)) {
    case KeyKind::Unknown:
        return Error(Error::Code::NotFound, tr("%1 is not a key of this config.").arg(key));
    case KeyKind::InsideFreeDict:
    case KeyKind::ListElement:
        return {};
    case KeyKind::Section: {
        if (value.isResolvedLater())
            return {};
        if (value.kind() != HydraValue::Kind::Dict)
            return Error(Error::Code::InvalidInput,
                         tr("%1 is a group of settings and expects a dict such as {name:value}, but %2 is %3.")
                             .arg(key, preview(value), describeKind(value)));
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QString child = key + u'.' + value.keys().at(i);
            if (kindOf(child) == KeyKind::Unknown)
                return Error(Error::Code::NotFound,
                             tr("%1 has no setting named %2.").arg(key, value.keys().at(i)));
            Result<void> nested = checkValue(child, value.items().at(i));
            if (!nested)
                return nested;
        }
        return {};
    }
    case KeyKind::Value:
        break;
    }
    const ConfigSchemaEntry &leaf = *entry(key);
    if (fits(leaf.types, value))
        return {};
    return Error(Error::Code::InvalidInput, tr("%1 expects %2, but %3 is %4.")
                                                    .arg(key, configTypesDisplayName(leaf.types), preview(value),
                                                         describeKind(value))
                                                + mismatchHint(leaf.types, value));
}

QStringList ConfigSchema::suggestions(const QString &key, int maxCount) const
{
    if (key.isEmpty() || maxCount <= 0)
        return {};
    // Near misses by edit distance first; then keys that end the same way, for someone who
    // remembers the last part but not the path (trainer.lr -> critic.optim.lr).
    struct Scored
    {
        int tier;
        int distance;
        QString key;
    };
    QList<Scored> scored;
    QSet<QString> seen;
    const int limit = std::max(2, int(key.size()) / 4);
    auto consider = [&](const QString &candidate) {
        const int distance = editDistance(key, candidate, limit);
        if (distance <= limit) {
            scored.append({0, distance, candidate});
            seen.insert(candidate);
        }
    };
    for (const ConfigSchemaEntry &candidate : d->entries)
        consider(candidate.key);
    for (const QString &section : d->sections)
        consider(section);
    const QStringView last = lastSegment(key);
    if (last.size() >= 2) {
        for (const ConfigSchemaEntry &candidate : d->entries) {
            if (!seen.contains(candidate.key) && lastSegment(candidate.key).compare(last, Qt::CaseInsensitive) == 0)
                scored.append({1, editDistance(key, candidate.key, 1000), candidate.key});
        }
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return a.distance != b.distance ? a.distance < b.distance : a.key < b.key;
    });
    QStringList result;
    for (const Scored &item : std::as_const(scored)) {
        if (result.size() >= maxCount)
            break;
        result << item.key;
    }
    return result;
}

std::optional<HydraValue> ConfigSchema::effectiveValue(const QString &key, const QList<HydraOverride> &overrides) const
{
    std::optional<HydraValue> current;
    if (const ConfigSchemaEntry *leaf = entry(key))
        current = leaf->defaultValue;
    for (const HydraOverride &override : overrides) {
        if (override.isConfigGroupChoice())
            continue;
        const bool isAncestor = key.startsWith(override.key + u'.');
        if (override.key != key && !isAncestor)
            continue;
        if (override.type == HydraOverride::Type::Delete) {
            current.reset();
            continue;
        }
        if (!override.value)
            continue;
        if (!isAncestor) {
            current = *override.value;
        } else if (std::optional<HydraValue> inside = descend(*override.value, QStringView(key).mid(override.key.size() + 1))) {
            current = *inside;
        }
    }
    return current;
}

QList<ValidationIssue> ConfigSchema::checkOverrides(const QList<HydraOverride> &overrides) const
{
    QList<ValidationIssue> issues;
    auto add = [&issues](ValidationIssue::Severity severity, ValidationIssue::Kind kind, int index, const QString &key,
                         const QString &message, const QStringList &suggestions = {}) {
        issues.append({severity, kind, index, key, message, suggestions});
    };
    using Severity = ValidationIssue::Severity;
    using Kind = ValidationIssue::Kind;

    QHash<QString, int> firstIndex;
    for (int i = 0; i < overrides.size(); ++i) {
        const HydraOverride &override = overrides.at(i);
        const QString key = override.fullKey();

        if (const Result<QString> text = HydraFormatter::formatOverride(override); !text) {
            add(Severity::Error, Kind::Unwritable, i, key, text.error().message());
            continue;
        }
        if (override.type == HydraOverride::Type::Delete) {
            // Deleting after setting is a deliberate sequence, not a duplicate.
        } else if (firstIndex.contains(key)) {
            add(Severity::Warning, Kind::DuplicateKey, i, key,
                tr("%1 is set more than once; Hydra applies overrides in order, so the last one wins.").arg(key));
        } else {
            firstIndex.insert(key, i);
        }
        if (override.isConfigGroupChoice()) {
            add(Severity::Warning, Kind::NotChecked, i, key,
                tr("%1 chooses a config group; RayDeck cannot check it, Hydra will when the job starts.").arg(key));
            continue;
        }
        if (override.key.isEmpty()) {
            add(Severity::Error, Kind::EmptyKey, i, key, tr("An override needs a key before the '='."));
            continue;
        }

        const KeyKind kind = kindOf(override.key);
        switch (override.type) {
        case HydraOverride::Type::Change:
            if (kind == KeyKind::Unknown) {
                const QStringList near = suggestions(override.key);
                QString message = tr("%1 is not a key of this config.").arg(override.key);
                if (!near.isEmpty())
                    message += u' ' + tr("Did you mean %1?").arg(near.join(tr(" or ")));
                message += u' ' + tr("To add a new key, write +%1=...").arg(override.key);
                add(Severity::Error, Kind::UnknownKey, i, override.key, message, near);
                continue;
            }
            if (kind == KeyKind::InsideFreeDict) {
                add(Severity::Error, Kind::UnknownKey, i, override.key,
                    tr("%1 is not set yet; it belongs to a free-form dict, so add it with +%1=...").arg(override.key));
                continue;
            }
            break;
        case HydraOverride::Type::Add:
            if (kind == KeyKind::Value || kind == KeyKind::Section) {
                add(Severity::Error, Kind::AlreadyExists, i, override.key,
                    tr("%1 already exists, and '+' only adds new keys: write %1=... to change it (or ++%1=... to "
                       "add or change).")
                        .arg(override.key));
            }
            continue;
        case HydraOverride::Type::ForceAdd:
            if (kind == KeyKind::Unknown || kind == KeyKind::InsideFreeDict)
                continue;
            break;
        case HydraOverride::Type::Delete:
            if (kind == KeyKind::Unknown || kind == KeyKind::InsideFreeDict) {
                const QStringList near = suggestions(override.key);
                QString message = tr("%1 is not in the config, so there is nothing to delete.").arg(override.key);
                if (!near.isEmpty())
                    message += u' ' + tr("Did you mean %1?").arg(near.join(tr(" or ")));
                add(Severity::Error, Kind::NothingToDelete, i, override.key, message, near);
            }
            continue;
        }
        if (Result<void> typed = checkValue(override.key, *override.value); !typed)
            add(Severity::Error, Kind::TypeMismatch, i, override.key, typed.error().message());
    }

    // Mandatory keys ("???"), unless their part of the config is switched off.
    for (const ConfigSchemaEntry &candidate : d->entries) {
        if (!candidate.isMandatory())
            continue;
        const std::optional<HydraValue> value = effectiveValue(candidate.key, overrides);
        if (value && !value->isMissingMarker())
            continue;
        bool switchedOff = false;
        for (qsizetype dot = candidate.key.lastIndexOf(u'.'); dot > 0 && !switchedOff;
             dot = candidate.key.lastIndexOf(u'.', dot - 1)) {
            const QString enable = candidate.key.left(dot) + QStringLiteral(".enable");
            if (!entry(enable))
                continue;
            const std::optional<HydraValue> enabled = effectiveValue(enable, overrides);
            switchedOff = enabled && enabled->kind() == HydraValue::Kind::Bool && !enabled->toBool();
        }
        if (switchedOff)
            continue;
        QString message = tr("%1 has no default and must be set before launching.").arg(candidate.key);
        if (!candidate.note.isEmpty())
            message += QStringLiteral(" (") + candidate.note + u')';
        add(Severity::Error, Kind::MissingMandatory, -1, candidate.key, message);
    }
    return issues;
}

} // namespace RayDeck
