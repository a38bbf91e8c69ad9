// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/ConnectChain.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace RayDeck {

/**
 * The top of the Remote tab: the container the Ray head runs in (name, image,
 * state) and the head itself (Ray version, node IP, dashboard URL, GCS port),
 * as the last successful connect found them. Nothing is asked of the server
 * here; clear() empties it when the server disconnects.
 */
class ServerInfoPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Field { ContainerName, ContainerImage, ContainerState, RayVersion, NodeIp, DashboardUrl, GcsPort };

    explicit ServerInfoPanel(QWidget *parent = nullptr);
    ~ServerInfoPanel() override;

    void setResult(const ConnectResult &result);
    void clear();
    /// The text shown for @p field, for tests and screen readers.
    QString value(Field field) const;

private:
    QLabel *addValue(Field field, const QString &objectName, const QString &accessibleName);
    void setValue(Field field, const QString &text);

    QMap<Field, QLabel *> m_values;
};

} // namespace RayDeck
