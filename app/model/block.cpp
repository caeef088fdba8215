// SPDX-License-Identifier: GPL-3.0-or-later
#include "block.h"

#include <array>
#include <utility>

namespace Glossa::Model {

namespace {
using namespace Qt::StringLiterals;
constexpr std::array kNames = {
    std::pair {BlockType::Heading, u"heading"},
    std::pair {BlockType::Paragraph, u"paragraph"},
    std::pair {BlockType::Quote, u"quote"},
    std::pair {BlockType::ListItem, u"list-item"},
    std::pair {BlockType::Code, u"code"},
    std::pair {BlockType::Caption, u"caption"},
    std::pair {BlockType::Separator, u"separator"},
    std::pair {BlockType::TableRow, u"table-row"},
    std::pair {BlockType::Footnote, u"footnote"},
};
} // namespace

QString blockTypeName(BlockType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type) {
            return QString::fromUtf16(name);
        }
    }
    return QStringLiteral("paragraph");
}

std::optional<BlockType> blockTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QStringView(n)) {
            return t;
        }
    }
    return std::nullopt;
}

} // namespace Glossa::Model
