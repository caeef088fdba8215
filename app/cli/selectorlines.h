// SPDX-License-Identifier: GPL-3.0-or-later
// The selectors file `glossa anchor --selectors FILE.jsonl` reads: a JSON object per line with its
// W3C selectors under "selector" (or "selectors", as `glossa show --json` writes an annotation).
#pragma once

#include "model/selector.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace Glossa::Cli {

struct SelectorLines {
    QList<Model::Selector> selectors; // one for each line, in order, when no line has a problem
    QStringList problems; // "glossa anchor: FILE: line N: what is wrong\n", one for each bad line
};

// Splits `bytes` (the file named `path`) into lines ("\n" or "\r\n"; the newline ending the last
// line does not start another one) and reads each.
SelectorLines readSelectorLines(QByteArrayView bytes, const QString &path);

} // namespace Glossa::Cli
