// SPDX-License-Identifier: GPL-3.0-or-later
// A small library with known search answers, shared by the library search's tests (tst_searchfacets,
// tst_searchcli): three articles in three languages with bylines, tags and creation dates, three
// highlights (two with notes, two colours of the default palette, a tag of their own), two comments (one on a
// highlight) and a deleted one. Each id is in the returned map under its key:
//   articles: "deterrenza" (it, Giulia Rossi, 2025-03-10, #sanzioni),
//             "arms" (en, John Smith, 2025-06-01, #history), "ecole" (fr, Marie Dubois, 2026-01-15)
//   notes:    "doubt" on "arms" (question, Ada, 2025-07-01, #sanzioni, note "Is deterrence still credible?"),
//             "compare" on "deterrenza" (important, Bruno, 2025-04-01), "weapons" on "arms" (question, Ada,
//             2026-02-01, no note)
//   comments: "zanzibar" on "deterrenza"'s thread (Carla, 2025-05-05), "berlin" on the "doubt" note
//             (Ada, 2025-08-08), "kumquats" on "ecole" (deleted: a tombstone)
#pragma once

#include "anchor/placement.h"
#include "library/library.h"
#include "model/revision.h"

#include <QHash>
#include <QTimeZone>
#include <QUuid>

namespace Glossa::Test {

inline QDateTime searchDate(const char *day)
{
    return QDateTime(QDate::fromString(QLatin1StringView(day), Qt::ISODate), QTime(12, 0), QTimeZone::UTC);
}

inline QHash<QString, QString> addSearchLibrary(Library &library)
{
    QHash<QString, QString> ids;
    auto article = [&](const QString &key, const QString &title, const QString &byline, const QString &language,
                       const char *created, const QStringList &tags, const QStringList &paragraphs) {
        QList<Model::Block> blocks;
        for (const QString &p : paragraphs) {
            Model::Block b;
            b.text = p;
            blocks.append(b);
        }
        Model::Article a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.title = title;
        a.byline = byline;
        a.language = language;
        a.created = a.updated = searchDate(created);
        a.tags = tags;
        if (library.addArticle(a, Model::Revision::fromBlocks(blocks))) {
            ids.insert(key, a.id);
        }
    };
    article(QStringLiteral("deterrenza"), QStringLiteral("La deterrenza nucleare in Europa"),
        QStringLiteral("Giulia Rossi"), QStringLiteral("it"), "2025-03-10", {QStringLiteral("sanzioni")},
        {QStringLiteral("La libertà di stampa e la deterrenza sono temi che tornano nei trattati europei."),
            QStringLiteral(
                "Il controllo degli armamenti resta una questione aperta per la diplomazia di Roma e Parigi.")});
    article(QStringLiteral("arms"), QStringLiteral("Arms control after the Cold War"), QStringLiteral("John Smith"),
        QStringLiteral("en"), "2025-06-01", {QStringLiteral("history")},
        {QStringLiteral("Arms control treaties limited the deterrence of both superpowers for decades."),
            QStringLiteral("The new treaty on nuclear weapons was signed in Paris, not in Rome.")});
    article(QStringLiteral("ecole"), QStringLiteral("L'école et la ville"), QStringLiteral("Marie Dubois"),
        QStringLiteral("fr"), "2026-01-15", {},
        {QStringLiteral("Les écoles de Paris ouvrent leurs portes aux élèves du quartier chaque matin.")});

    auto note = [&](const QString &key, const QString &articleKey, const QString &quote, const QString &color,
                    const QString &text, const QString &author, const char *created, const QStringList &tags) {
        const auto revision = library.currentRevision(ids.value(articleKey));
        if (!revision) {
            return;
        }
        const qsizetype at = revision->canonicalText().indexOf(quote);
        if (at < 0) {
            return;
        }
        Model::Annotation a = Anchor::exactHighlight(*revision, at, at + quote.size());
        a.color = color;
        a.note = text;
        a.author = author;
        a.created = a.updated = searchDate(created);
        a.tags = tags;
        if (const auto id = library.addAnnotation(a)) {
            ids.insert(key, *id);
        }
    };
    note(QStringLiteral("doubt"), QStringLiteral("arms"), QStringLiteral("deterrence of both superpowers"),
        QStringLiteral("question"), QStringLiteral("Is deterrence still credible?"), QStringLiteral("Ada"),
        "2025-07-01", {QStringLiteral("sanzioni")});
    note(QStringLiteral("compare"), QStringLiteral("deterrenza"), QStringLiteral("la deterrenza"),
        QStringLiteral("important"), QStringLiteral("Compare with the other article."), QStringLiteral("Bruno"),
        "2025-04-01", {});
    note(QStringLiteral("weapons"), QStringLiteral("arms"), QStringLiteral("nuclear weapons"),
        QStringLiteral("question"), {}, QStringLiteral("Ada"), "2026-02-01", {});

    auto comment = [&](const QString &key, const QString &articleKey, const QString &annotationKey, const QString &body,
                       const QString &author, const char *created) {
        Model::Comment c;
        c.articleId = ids.value(articleKey);
        c.annotationId = ids.value(annotationKey);
        c.body = body;
        c.author = author;
        c.created = searchDate(created);
        if (const auto id = library.addComment(c)) {
            ids.insert(key, *id);
        }
    };
    comment(QStringLiteral("zanzibar"), QStringLiteral("deterrenza"), {},
        QStringLiteral("The zanzibar question deserves a reply."), QStringLiteral("Carla"), "2025-05-05");
    comment(QStringLiteral("berlin"), QStringLiteral("arms"), QStringLiteral("doubt"),
        QStringLiteral("Deterrence worked in Berlin, at least."), QStringLiteral("Ada"), "2025-08-08");
    comment(QStringLiteral("kumquats"), QStringLiteral("ecole"), {},
        QStringLiteral("An obsolete remark about kumquats."), QStringLiteral("Carla"), "2025-09-09");
    if (ids.contains(QStringLiteral("kumquats")) && !library.deleteComment(ids.value(QStringLiteral("kumquats")))) {
        ids.remove(QStringLiteral("kumquats"));
    }
    return ids;
}

} // namespace Glossa::Test
