// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa print ARTICLE -o FILE.pdf [--page-size A4|Letter] [--json] [--library DIR]`: the article
// as File › Print lays it out (highlight colours, notes in the margin, private ones included as on
// the reader's own paper, a footer with the title, source and page numbers), written to a PDF that
// `lp` or any viewer prints. The web engine prints it, as for `glossa export --format pdf`.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runPrint(const QStringList &args, const Context &context);
inline bool printNeedsWebEngine(const QStringList &)
{
    return true;
}

} // namespace Glossa::Cli
