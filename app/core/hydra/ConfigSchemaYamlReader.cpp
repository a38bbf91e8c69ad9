// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigSchemaYamlReader.h"

#include "HydraFormatter.h"
#include "HydraNumbers.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <string>

namespace RayDeck {

namespace {

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Plain YAML scalars the way PyYAML's loader (which OmegaConf uses) types them.
HydraValue plainScalar(const QString &text)
{
    static const QRegularExpression intPattern(QStringLiteral("^[-+]?(0|[1-9][0-9_]*)$"));
    static const QRegularExpression floatPattern(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression specialFloat(QStringLiteral("^[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)$"));

    if (text.isEmpty() || text == u"~" || text.compare(u"null", Qt::CaseInsensitive) == 0)
        return HydraValue();
    if (text.compare(u"true", Qt::CaseInsensitive) == 0)
        return HydraValue::fromBool(true);
    if (text.compare(u"false", Qt::CaseInsensitive) == 0)
        return HydraValue::fromBool(false);
    if (intPattern.match(text).hasMatch()) {
        if (const std::optional<qint64> value = HydraNumbers::parseInt(text))
            return HydraValue::fromInt(*value);
        return HydraValue::fromString(text);
    }
    if (floatPattern.match(text).hasMatch() && (text.contains(u'.') || text.contains(u'e') || text.contains(u'E'))) {
        if (const std::optional<double> value = HydraNumbers::parseFloat(text))
            return HydraValue::fromFloat(*value);
    }
    if (specialFloat.match(text).hasMatch()) {
        const QString name = text.mid(text.indexOf(u'.') + 1);
        if (const std::optional<double> value = HydraNumbers::parseFloat(text.left(text.indexOf(u'.')) + name))
            return HydraValue::fromFloat(*value);
    }
    // "${...}" alone stays an interpolation, anything else is text.
    return HydraValue::fromInterpolation(text);
}

HydraValue toValue(const YAML::Node &node, int depth)
{
    if (depth > ConfigSchemaYamlReader::maxDepth)
        return HydraValue();
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        // "!" marks a quoted scalar: always text, as in PyYAML.
        if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
            return HydraValue::fromString(toQString(node.Scalar()));
        return plainScalar(toQString(node.Scalar()));
    case YAML::NodeType::Sequence: {
        HydraValue list = HydraValue::fromList({});
        for (const YAML::Node &item : node)
            list.append(toValue(item, depth + 1));
        return list;
    }
    case YAML::NodeType::Map: {
        HydraValue dict = HydraValue::emptyDict();
        for (const auto &item : node) {
            if (item.first.IsScalar())
                dict.insert(toQString(item.first.Scalar()), toValue(item.second, depth + 1));
        }
        return dict;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return HydraValue();
    }
    return HydraValue();
}

ConfigTypes inferTypes(const HydraValue &value)
{
    if (value.isNull() || value.isResolvedLater() || value.isMissingMarker())
        return anyConfigType;
    switch (value.kind()) {
    case HydraValue::Kind::Bool:
        return ConfigType::Bool;
    case HydraValue::Kind::Int:
        // A whole-number default may well be a float setting (entropy_coeff: 0).
        return ConfigType::Int | ConfigType::Float;
    case HydraValue::Kind::Float:
        return ConfigType::Float;
    case HydraValue::Kind::String:
        return ConfigType::String;
    case HydraValue::Kind::List:
        return ConfigType::List;
    case HydraValue::Kind::Dict:
        return ConfigType::Dict;
    default:
        return anyConfigType;
    }
}

bool kindFitsTypes(const HydraValue &value, ConfigTypes types)
{
    const ConfigTypes inferred = inferTypes(value);
    return inferred == anyConfigType || (inferred & types);
}

class Collector
{
public:
    explicit Collector(const ConfigSchema &hints)
        : m_hints(hints)
    {
    }

    void walk(const YAML::Node &map, const QString &prefix, int depth)
    {
        for (const auto &item : map) {
            if (!item.first.IsScalar())
                continue;
            const QString key = prefix.isEmpty() ? toQString(item.first.Scalar())
                                                 : prefix + u'.' + toQString(item.first.Scalar());
            const YAML::Node &value = item.second;
            if (value.IsMap() && value.size() > 0 && depth < ConfigSchemaYamlReader::maxDepth)
                walk(value, key, depth + 1);
            else
                addLeaf(key, toValue(value, depth + 1));
        }
    }

    QList<ConfigSchemaEntry> entries() const { return m_entries; }

private:
    void addLeaf(const QString &key, const HydraValue &value)
    {
        ConfigSchemaEntry entry;
        entry.key = key;
        entry.defaultValue = value;
        const Result<QString> text = HydraFormatter::formatValue(value);
        entry.defaultText = text ? text.value() : QString();
        entry.group = configGroupForKey(key);
        entry.types = inferTypes(value);
        // The shipped table knows the intended type of null and interpolated defaults,
        // and says what each key does; a type the installed verl contradicts loses.
        if (const ConfigSchemaEntry *hint = m_hints.entry(key)) {
            entry.note = hint->note;
            if (kindFitsTypes(value, hint->types))
                entry.types = hint->types;
        }
        m_entries.append(std::move(entry));
    }

    const ConfigSchema &m_hints;
    QList<ConfigSchemaEntry> m_entries;
};

} // namespace

Result<ConfigSchema> ConfigSchemaYamlReader::read(const QByteArray &yaml, const ConfigSchema &hints)
{
    const QString unreadable = tr("The config printed by the server could not be read.");
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
        if (!root.IsMap() || root.size() == 0)
            return Error(Error::Code::CorruptData, unreadable, tr("the output is not a YAML mapping of config keys"));
        // A traceback or a warning is sometimes valid YAML too; config keys are plain names.
        static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$-]*$"));
        for (const auto &item : root) {
            const QString key = item.first.IsScalar() ? toQString(item.first.Scalar()) : QString();
            if (!keyPattern.match(key).hasMatch())
                return Error(Error::Code::CorruptData, unreadable,
                             tr("'%1' is not a config key; is this the output of --cfg job?").arg(key.left(80)));
        }
        Collector collector(hints);
        collector.walk(root, QString(), 0);
        return ConfigSchema(collector.entries(), tr("the verl config reported by the server"));
    } catch (const YAML::Exception &error) {
        return Error(Error::Code::CorruptData, unreadable, QString::fromUtf8(error.what()));
    } catch (const std::exception &error) {
        return Error(Error::Code::CorruptData, unreadable, QString::fromUtf8(error.what()));
    } catch (...) {
        return Error(Error::Code::CorruptData, unreadable);
    }
}

} // namespace RayDeck
