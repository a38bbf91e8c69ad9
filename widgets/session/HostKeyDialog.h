// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/HostKeyInfo.h"

#include <QDialog>

namespace RayDeck {

/**
 * An unknown host key: its type and SHA256 fingerprint, and three choices —
 * trust it once, trust it and save it to known_hosts, or do not connect.
 * There is deliberately no "always accept" choice.
 */
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyInfo &info, QWidget *parent = nullptr);
    ~HostKeyDialog() override;

    HostKeyDecision decision() const { return m_decision; }

private:
    HostKeyDecision m_decision = HostKeyDecision::Reject;
};

} // namespace RayDeck
