// SPDX-License-Identifier: GPL-3.0-or-later
// A number a file gives as a text offset (a JSON TextPositionSelector's "start" or "end").
#pragma once

#include <QtGlobal>

#include <optional>

namespace Glossa::Model {

// The largest offset a file may give: a trillion UTF-16 code units, beyond any article.
inline constexpr double MaxTextOffset = 1e12;

// `value` as an offset, its fraction dropped; nothing when it is negative, not a number or past
// MaxTextOffset. Checked before the conversion, which is undefined behaviour for 1e300 (found by
// tools/dev fuzz).
inline std::optional<qsizetype> textOffset(double value)
{
    // Written so that NaN fails too.
    if (!(value >= 0 && value <= MaxTextOffset)) {
        return std::nullopt;
    }
    return qsizetype(value);
}

} // namespace Glossa::Model
