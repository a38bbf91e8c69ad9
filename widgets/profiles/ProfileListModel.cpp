// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListModel.h"

#include "profiles/ProfileStore.h"

namespace RayDeck {

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileListModel::reload);
    reload();
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store->profiles();
    std::sort(m_profiles.begin(), m_profiles.end(), [](const ServerProfile &a, const ServerProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QString ProfileListModel::targetOf(const ServerProfile &profile)
{
    QString target = profile.user.isEmpty() ? profile.host : profile.user + u'@' + profile.host;
    if (profile.port != 22)
        target += u':' + QString::number(profile.port);
    return target;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const ServerProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString status = m_status.value(profile.id);
        return status.isEmpty() ? profile.name : profile.name + u'\n' + status;
    }
    case StatusRole:
        return m_status.value(profile.id);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case TargetRole:
        return targetOf(profile);
    case IdRole:
        return profile.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(TargetRole, "target");
    return names;
}

QString ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QString();
}

int ProfileListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return row;
    }
    return -1;
}

void ProfileListModel::setStatus(const QString &id, const QString &status)
{
    if (m_status.value(id) == status)
        return;
    m_status.insert(id, status);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::AccessibleTextRole, StatusRole});
}

} // namespace RayDeck
