// SPDX-License-Identifier: GPL-3.0-or-later
// The related-passages test library (relatedlibrary.h) with a small web of links, for the export
// tests: from the Ligurian ports article, its Maersk paragraph supports the English one (with a
// note), its sea-museum paragraph cites the electronics article (a whole article, then deleted, so
// the link is dangling), and the museums article as a whole elaborates the sea-museum paragraph (a
// backlink).
#pragma once

#include "anchor/placement.h"
#include "helpers/relatedlibrary.h"
#include "library/library.h"

namespace Glossa::Test {

struct LinkedLibrary {
    QHash<QString, QString> ids; // article ids by relatedArticles() key
    QString supports; // the links' ids
    QString cites;
    QString elaborates;
    QString error; // empty when everything was made
};

// A new passage of `articleId` over the first occurrence of `quote`, as the reader marks it.
inline Library::LinkTarget passageOf(const Library &library, const QString &articleId, const QString &quote)
{
    const std::optional<Model::Revision> revision = library.currentRevision(articleId);
    const qsizetype start = revision ? revision->canonicalText().indexOf(quote) : -1;
    if (start < 0) {
        return Library::LinkTarget::wholeArticle(QStringLiteral("quote not found"));
    }
    return Library::LinkTarget::newPassage(Anchor::exactHighlight(*revision, start, start + quote.size()));
}

inline QString linkNote()
{
    return QStringLiteral("The same news, *in two languages*.");
}

inline LinkedLibrary addLinkedArticles(Library &library)
{
    LinkedLibrary made;
    made.ids = addRelatedArticles(library);
    if (made.ids.size() != 4) {
        made.error = QStringLiteral("the articles could not be imported");
        return made;
    }
    const QHash<QString, QString> &p = relatedPassages();
    auto link = [&](const Library::LinkTarget &from, const Library::LinkTarget &to, const QString &relation,
                    const QString &note) {
        const auto id = library.addLink(from, to, relation, note);
        if (!id && made.error.isEmpty()) {
            made.error = id.error().message;
        }
        return id ? *id : QString();
    };
    made.supports = link(passageOf(library, made.ids[QStringLiteral("porti")], p[QStringLiteral("porti.maersk")]),
        passageOf(library, made.ids[QStringLiteral("shipping")], p[QStringLiteral("shipping.maersk")]),
        QStringLiteral("supports"), linkNote());
    made.cites = link(passageOf(library, made.ids[QStringLiteral("porti")], p[QStringLiteral("porti.museo")]),
        Library::LinkTarget::wholeArticle(made.ids[QStringLiteral("electronics")]), QStringLiteral("cites"), {});
    made.elaborates = link(Library::LinkTarget::wholeArticle(made.ids[QStringLiteral("musei")]),
        passageOf(library, made.ids[QStringLiteral("porti")], p[QStringLiteral("porti.museo")]),
        QStringLiteral("elaborates"), {});
    if (made.error.isEmpty() && !library.deleteArticle(made.ids[QStringLiteral("electronics")])) {
        made.error = QStringLiteral("the electronics article could not be deleted");
    }
    return made;
}

} // namespace Glossa::Test
