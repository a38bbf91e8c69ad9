// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace RayDeck {

using namespace Qt::StringLiterals;

QJsonObject ClusterJson::toJson(const ClusterProfile &cluster)
{
    return QJsonObject{
        {u"name"_s, cluster.name},
        {u"head"_s, cluster.headProfile},
        {u"workers"_s, QJsonArray::fromStringList(cluster.workerProfiles)},
        {u"headAddress"_s, cluster.headAddress},
        {u"gcsPort"_s, int(cluster.gcsPort)},
    };
}

Result<ClusterProfile> ClusterJson::fromJson(const QJsonObject &object)
{
    const auto wrong = [](const QString &field, const QString &what) {
        return Error(Error::Code::CorruptData, tr("The cluster entry is not valid."), field + u": "_s + what);
    };
    ClusterProfile cluster;
    const QJsonValue name = object.value(u"name"_s);
    if (!name.isString())
        return wrong(u"name"_s, u"expected a string"_s);
    cluster.name = name.toString();
    const QJsonValue head = object.value(u"head"_s);
    if (!head.isString())
        return wrong(u"head"_s, u"expected a string"_s);
    cluster.headProfile = head.toString();

    const QJsonValue workers = object.value(u"workers"_s);
    if (!workers.isUndefined() && !workers.isNull()) {
        if (!workers.isArray())
            return wrong(u"workers"_s, u"expected a list of strings"_s);
        for (const QJsonValue worker : workers.toArray()) {
            if (!worker.isString())
                return wrong(u"workers"_s, u"expected a list of strings"_s);
            cluster.workerProfiles << worker.toString();
        }
    }
    const QJsonValue address = object.value(u"headAddress"_s);
    if (!address.isUndefined() && !address.isNull()) {
        if (!address.isString())
            return wrong(u"headAddress"_s, u"expected a string"_s);
        cluster.headAddress = address.toString();
    }
    const QJsonValue port = object.value(u"gcsPort"_s);
    if (!port.isUndefined() && !port.isNull()) {
        const double number = port.toDouble(-1);
        // Range first: converting a double beyond qint64 to an integer is undefined behaviour.
        if (!port.isDouble() || number < 1 || number > 65535 || number != std::trunc(number))
            return wrong(u"gcsPort"_s, u"expected a port number from 1 to 65535"_s);
        cluster.gcsPort = quint16(number);
    }
    return cluster;
}

QByteArray ClusterJson::encode(const QList<ClusterProfile> &clusters)
{
    QJsonArray list;
    for (const ClusterProfile &cluster : clusters)
        list.append(toJson(cluster));
    const QJsonObject root{{u"schemaVersion"_s, currentSchemaVersion}, {u"clusters"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ClusterFileContents ClusterJson::decode(const QByteArray &data)
{
    ClusterFileContents contents;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        contents.status = ClusterFileContents::Status::Corrupt;
        contents.problems << tr("Not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return contents;
    }
    if (!document.isObject()) {
        contents.status = ClusterFileContents::Status::Corrupt;
        contents.problems << tr("The file is not a JSON object.");
        return contents;
    }
    const QJsonObject root = document.object();
    const double version = root.value(u"schemaVersion"_s).toDouble(-1);
    const QJsonValue list = root.value(u"clusters"_s);
    if (version < 1 || version != std::trunc(version) || !list.isArray()) {
        contents.status = ClusterFileContents::Status::Corrupt;
        contents.problems << tr("The file has no \"schemaVersion\" number or no \"clusters\" list.");
        return contents;
    }
    contents.schemaVersion = int(qMin(version, 1e9));
    if (contents.schemaVersion > currentSchemaVersion)
        contents.status = ClusterFileContents::Status::NewerVersion;

    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            contents.problems << tr("Entry %1 is not an object.").arg(i + 1);
            continue;
        }
        Result<ClusterProfile> cluster = fromJson(entries.at(i).toObject());
        if (!cluster) {
            contents.problems << tr("Entry %1: %2").arg(i + 1).arg(cluster.error().detail());
            continue;
        }
        const bool repeated = std::any_of(contents.clusters.cbegin(), contents.clusters.cend(),
                                          [&cluster](const ClusterProfile &earlier) {
                                              return earlier.name.compare(cluster->name, Qt::CaseInsensitive) == 0;
                                          });
        if (repeated) {
            contents.problems << tr("Entry %1 (\"%2\") repeats the name of an earlier entry.").arg(i + 1).arg(cluster->name);
            continue;
        }
        contents.clusters << cluster.value();
    }
    return contents;
}

} // namespace RayDeck
