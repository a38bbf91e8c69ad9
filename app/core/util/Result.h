// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace RayDeck {

/**
 * Either a value or an Error: how every fallible core call reports back.
 * Nothing in the core throws; callers must look at the result ([[nodiscard]]).
 *
 *     Result<Profile> r = store.load(name);
 *     if (!r) return r.error();
 *     use(r.value());
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    /// "No result yet": an Internal error. Exists so results can travel in queued signals and QVariant.
    Result()
        : m_state(std::in_place_index<1>, Error(Error::Code::Internal, QString()))
    {
    }
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool isOk() const { return m_state.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    T valueOr(T fallback) const { return isOk() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// The value-less case: success, or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    static Result ok() { return {}; }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace RayDeck
