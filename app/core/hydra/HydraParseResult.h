// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HydraParseError.h"
#include "util/Result.h"

#include <utility>
#include <variant>

namespace RayDeck {

/**
 * Either a parsed T or a HydraParseError with its column. Like Result<T>, but
 * keeps the column separate so an editor can place the cursor; toResult()
 * turns it into an ordinary Result for callers that only show messages.
 */
template<typename T>
class [[nodiscard]] HydraParseResult
{
public:
    HydraParseResult(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    HydraParseResult(HydraParseError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool isOk() const { return m_state.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const HydraParseError &error() const { return std::get<1>(m_state); }

    Result<T> toResult() const
    {
        if (isOk())
            return value();
        return error().toError();
    }

private:
    std::variant<T, HydraParseError> m_state;
};

} // namespace RayDeck
