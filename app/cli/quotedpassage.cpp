// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedpassage.h"

#include "anchor/placement.h"
#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"
#include "model/elide.h"

namespace Glossa::Cli {

std::optional<Model::Annotation> quotedPassage(
    const Library &library, const Model::Article &article, const QString &quote, int occurrence, const QString &command)
{
    const QString prefix = QStringLiteral("glossa %1: ").arg(command);
    const auto revision = library.readCurrentRevision(article.id);
    if (!revision || !*revision) {
        err() << prefix
              << (revision ? Cli::tr("“%1” has no text to mark a passage in.").arg(LibraryAccess::titleOf(article))
                           : revision.error().message)
              << u'\n';
        return std::nullopt;
    }
    // The n-th place the quote starts in the canonical text (the text the reader page shows).
    const QString &text = (*revision)->canonicalText();
    QList<qsizetype> places;
    for (qsizetype at = quote.isEmpty() ? -1 : text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        places << at;
    }
    const QString quoted = Model::elided(quote.simplified(), 60);
    if (places.isEmpty()) {
        err() << prefix
              << Cli::tr("“%1” does not occur in “%2”. Give the words exactly as the article reads them (case and "
                         "punctuation included); 'glossa show' prints its text.\n")
                     .arg(quoted, LibraryAccess::titleOf(article));
        return std::nullopt;
    }
    if (occurrence > places.size()) {
        err() << prefix
              << Cli::tr("“%1” occurs %n time(s) in “%2”, so there is no occurrence %3.\n", nullptr, int(places.size()))
                     .arg(quoted, LibraryAccess::titleOf(article))
                     .arg(occurrence);
        return std::nullopt;
    }
    const qsizetype start = places[std::max(occurrence, 1) - 1];
    return Anchor::exactHighlight(**revision, start, start + quote.size());
}

} // namespace Glossa::Cli
