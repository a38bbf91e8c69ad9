// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace RayDeck {

/**
 * One value of a Hydra override, typed the way Hydra's override parser types it:
 * null, bool, int, float (including inf and nan), string, interpolation, list
 * or dict. A plain value type; cheap enough to copy for the sizes a training
 * config has.
 *
 * Strings and interpolations are both text for OmegaConf in the end; the kind
 * only records whether the text was a bare `${...}` (Interpolation) or anything
 * else (String). Dicts keep their keys in insertion order, as Python does; keys
 * are kept as the text that was written.
 *
 * Equality is structural; two NaNs compare equal and 0.0 differs from -0.0, so
 * that "formatted then parsed back" can be checked exactly.
 */
class HydraValue
{
public:
    enum class Kind {
        Null,
        Bool,
        Int,
        Float,
        String,
        Interpolation, ///< a bare `${...}`, resolved later by OmegaConf
        List,
        Dict,
    };

    /// A null value.
    HydraValue() = default;

    static HydraValue fromBool(bool value);
    static HydraValue fromInt(qint64 value);
    static HydraValue fromFloat(double value);
    static HydraValue fromString(QString text);
    /**
     * A bare interpolation. @p text must be one `${...}` without a `}` inside,
     * which is what Hydra's lexer accepts unquoted; anything else (nested
     * interpolations, text around it) becomes a String, which OmegaConf still
     * resolves.
     */
    static HydraValue fromInterpolation(QString text);
    static HydraValue fromList(QList<HydraValue> items);
    static HydraValue emptyDict();

    /// True when @p text is exactly one `${...}` token as Hydra's lexer reads it.
    static bool isInterpolationToken(QStringView text);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isNumber() const { return m_kind == Kind::Int || m_kind == Kind::Float; }
    bool isText() const { return m_kind == Kind::String || m_kind == Kind::Interpolation; }
    /**
     * True when OmegaConf will replace part or all of the value at run time:
     * an interpolation, or a string containing `${`. Such values cannot be
     * type-checked before the job runs.
     */
    bool isResolvedLater() const;
    /// The string "???" that OmegaConf reads as "mandatory, not set yet".
    bool isMissingMarker() const;

    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    /// The number as a double, for Int and Float alike.
    double toFloat() const;
    /// The text of a String or Interpolation; empty otherwise.
    const QString &text() const { return m_text; }

    /// List items, or dict values in key order.
    const QList<HydraValue> &items() const { return m_items; }
    /// Dict keys in insertion order.
    const QStringList &keys() const { return m_keys; }
    qsizetype size() const { return m_items.size(); }
    bool contains(const QString &key) const { return m_keys.contains(key); }
    /// The value under @p key of a dict; null when absent.
    HydraValue value(const QString &key) const;
    /// Adds to a list (no-op on other kinds).
    void append(HydraValue item);
    /// Sets @p key of a dict; an existing key keeps its position (Python dict semantics).
    void insert(const QString &key, HydraValue value);

    /// "null", "bool", "int", "float", "str", "interpolation", "list", "dict".
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(m_kind); }

    friend bool operator==(const HydraValue &a, const HydraValue &b);
    friend bool operator!=(const HydraValue &a, const HydraValue &b) { return !(a == b); }

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_float = 0.0;
    QString m_text;
    QList<HydraValue> m_items;
    QStringList m_keys;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::HydraValue)
