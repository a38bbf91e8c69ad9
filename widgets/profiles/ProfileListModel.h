// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QAbstractListModel>

namespace RayDeck {

class ProfileStore;

/**
 * The server profiles of a ProfileStore as a list for the sidebar, sorted by
 * name. Follows the store: any change (including ones another process made,
 * once the store reloads) resets the model.
 */
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the profile id (QString)
        TargetRole,                ///< "user@host:port"
        StatusRole,                ///< live state: "Connected · 2 running"; empty while disconnected
    };

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    static QString targetOf(const ServerProfile &profile);
    /// Shows the live state of a profile's connection under its name in the sidebar.
    void setStatus(const QString &id, const QString &status);

private:
    void reload();

    ProfileStore *m_store = nullptr;
    QList<ServerProfile> m_profiles;
    QHash<QString, QString> m_status;
};

} // namespace RayDeck
