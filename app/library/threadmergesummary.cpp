// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadmergesummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace Glossa {

// The words keep the context `glossa thread-merge` first had them in (Glossa::Cli::Cli), so their
// translations, English plurals included, serve the window too.
QString ThreadMergeSummary::text(const Library::ThreadMerge &merge)
{
    QStringList parts {QCoreApplication::translate("Glossa::Cli::Cli", "%n new comment(s)", nullptr, merge.added),
        QCoreApplication::translate("Glossa::Cli::Cli", "%n edit(s)", nullptr, merge.edits),
        QCoreApplication::translate("Glossa::Cli::Cli", "%n vote(s)", nullptr, merge.votes)};
    if (merge.otherChanges > 0) {
        parts << QCoreApplication::translate("Glossa::Cli::Cli", "%n other change(s)", nullptr, merge.otherChanges);
    }
    QString line = parts.join(QStringLiteral(", "));
    if (merge.passagesNotFound > 0) {
        line += QStringLiteral("; ")
            + QCoreApplication::translate(
                "Glossa::Cli::Cli", "%n passage(s) not found", nullptr, merge.passagesNotFound);
    }
    if (merge.unread > 0) {
        line += QStringLiteral("; ")
            + QCoreApplication::translate("Glossa::Cli::Cli", "%n unread in what you watch", nullptr, merge.unread);
    }
    return line;
}

} // namespace Glossa
