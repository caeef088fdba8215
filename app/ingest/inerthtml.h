// SPDX-License-Identifier: GPL-3.0-or-later
// An imported page made safe and cheap to hand to the extractor's web engine, in one linear pass of
// the markup scanner: scripts, styles, <noscript> and comments dropped (they never show in the
// article), a meta refresh dropped (it would disturb the next page loaded), and elements nested
// deeper than MaxNestingDepth flattened: their tags are left out and their text kept. A page of
// tables nested thousands deep otherwise keeps Readability busy for minutes; no article is nested
// anywhere near that deep.
#pragma once

#include <QString>
#include <QStringView>

namespace Glossa::Ingest {

class InertHtml
{
public:
    static constexpr int MaxNestingDepth = 100;

    static QString from(QStringView html, int maxDepth = MaxNestingDepth);
};

} // namespace Glossa::Ingest
