// SPDX-License-Identifier: GPL-3.0-or-later
// A small library with known related passages, for the related-passages tests: four short articles,
// two Italian and two English, each with one passage that has exactly one counterpart elsewhere
// (the Maersk paragraph in both languages, the sea museum, the freight rates) and one that has none.
#pragma once

#include "library/library.h"
#include "library/libraryimport.h"

#include <QHash>

namespace Glossa::Test {

// The passages, by a name the tests use.
inline const QHash<QString, QString> &relatedPassages()
{
    static const QHash<QString, QString> p = {
        {QStringLiteral("porti.maersk"),
            QStringLiteral("La compagnia Maersk ha annunciato che dal 2027 le sue navi portacontainer attraccheranno "
                           "al terminal di Vado Ligure invece che nel porto di Genova.")},
        {QStringLiteral("porti.museo"),
            QStringLiteral("In città si discute del nuovo museo del mare, aperto nel vecchio arsenale con una "
                           "collezione di modellini.")},
        {QStringLiteral("shipping.maersk"),
            QStringLiteral("Maersk said its container ships will call at Vado Ligure from 2027, a blow to the older "
                           "terminals nearby.")},
        {QStringLiteral("shipping.freight"),
            QStringLiteral("Freight rates across the Pacific fell for the third month running as demand for "
                           "electronics slowed.")},
        {QStringLiteral("musei.museo"),
            QStringLiteral("Il museo del mare nel vecchio arsenale espone una collezione di modellini di navi e "
                           "strumenti di navigazione.")},
        {QStringLiteral("musei.scuole"),
            QStringLiteral("Le scuole della regione potranno visitare gratuitamente le mostre fino a giugno.")},
        {QStringLiteral("electronics.freight"),
            QStringLiteral("Demand for electronics slowed in the spring, and freight rates across the Pacific fell "
                           "again.")},
        {QStringLiteral("electronics.season"),
            QStringLiteral("Retailers expect a better season in the autumn, when new telephones reach the shops.")},
    };
    return p;
}

// Each article's title and its two passages, in order; its source name is "related-test:" + key.
struct RelatedArticle {
    QString key;
    QString title;
    QStringList passages;
};
inline QList<RelatedArticle> relatedArticles()
{
    return {
        {QStringLiteral("porti"), QStringLiteral("Le rotte dei porti liguri"),
            {QStringLiteral("porti.maersk"), QStringLiteral("porti.museo")}},
        {QStringLiteral("shipping"), QStringLiteral("Shipping lines rethink their ports"),
            {QStringLiteral("shipping.maersk"), QStringLiteral("shipping.freight")}},
        {QStringLiteral("musei"), QStringLiteral("Un'estate nei musei"),
            {QStringLiteral("musei.museo"), QStringLiteral("musei.scuole")}},
        {QStringLiteral("electronics"), QStringLiteral("Electronics demand and trade"),
            {QStringLiteral("electronics.freight"), QStringLiteral("electronics.season")}},
    };
}

// The article as Markdown: its title as a heading, then its paragraphs.
inline QByteArray relatedMarkdown(const QString &title, const QStringList &paragraphs)
{
    return (u"# " + title + u"\n\n" + paragraphs.join(QStringLiteral("\n\n")) + u'\n').toUtf8();
}

// Imports the four articles into `library`; returns their ids by key (empty on failure).
inline QHash<QString, QString> addRelatedArticles(Library &library)
{
    QHash<QString, QString> ids;
    LibraryImport import(&library);
    for (const RelatedArticle &a : relatedArticles()) {
        QStringList paragraphs;
        for (const QString &p : a.passages) {
            paragraphs << relatedPassages().value(p);
        }
        const ImportResult r = import.importBytes(
            relatedMarkdown(a.title, paragraphs), Ingest::Format::Markdown, QStringLiteral("related-test:") + a.key);
        if (!r) {
            return {};
        }
        ids.insert(a.key, r->articleId);
    }
    return ids;
}

} // namespace Glossa::Test
