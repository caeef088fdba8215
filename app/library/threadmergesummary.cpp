// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadmergesummary.h"

#include <QStringList>

namespace Glossa {

QString ThreadMergeSummary::text(const Library::ThreadMerge &merge)
{
    QStringList parts {tr("%n new comment(s)", nullptr, merge.added), tr("%n edit(s)", nullptr, merge.edits),
        tr("%n vote(s)", nullptr, merge.votes)};
    if (merge.otherChanges > 0) {
        parts << tr("%n other change(s)", nullptr, merge.otherChanges);
    }
    QString line = parts.join(QStringLiteral(", "));
    if (merge.passagesNotFound > 0) {
        line += QStringLiteral("; ") + tr("%n passage(s) not found", nullptr, merge.passagesNotFound);
    }
    return line;
}

} // namespace Glossa
