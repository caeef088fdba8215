// SPDX-License-Identifier: GPL-3.0-or-later
// An annotated reading, made through the Library API the way a reader makes one: the seed-shaped
// Italian article tests/data/ingest/text/it_news_chrome.txt (imported as plain text, with a fixed
// id so exports of it can be compared with golden files), highlighted in several colours (one
// underlined, one in a colour of the reader's own, one in a colour since removed from the
// palette), a passage across three paragraphs, notes in Markdown, tags, a private note, and an
// orphan: the article was updated and one highlighted paragraph left it.
#pragma once

#include "anchor/placement.h"
#include "ingest/plaintextimporter.h"
#include "library/library.h"
#include "library/libraryimport.h"

#include <QFile>

namespace Glossa::Test {

inline const QString kAnnotatedArticleId = QStringLiteral("2b8deaeb-62ee-4b82-8e3a-5f0c1d2e3f40");
inline const QString kAnnotatedArticleSource = QStringLiteral("https://porto.example/genova_rilancio?ref=home#top");
// The paragraph the update removes: the highlight on it becomes an orphan.
inline const QString kRemovedParagraph
    = QStringLiteral("Anche gli operatori chiedono regole più semplici per le concessioni e tempi certi per le "
                     "autorizzazioni, perché gli investimenti privati arrivano soltanto dove il quadro normativo è "
                     "stabile e le decisioni pubbliche non cambiano a ogni legislatura.\n\n");
inline const QString kPrivateNote = QStringLiteral("Chiedere all'autrice da dove vengono i dati sul traffico.");

struct AnnotatedArticle {
    QString articleId;
    QString error; // empty when everything was made
};

// Adds the annotated article to `library` (open, writable) under `id`, and the palette colour
// "fonte" ("Fonte citata"). Fails (error set) when the data file or the library refuses something.
inline AnnotatedArticle addAnnotatedArticle(Library &library, const QString &id = kAnnotatedArticleId)
{
    auto fail = [](const QString &why) {
        return AnnotatedArticle {{}, why};
    };
    QFile file(QStringLiteral(GLOSSA_TEST_DATA "/ingest/text/it_news_chrome.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read it_news_chrome.txt"));
    }
    const QString text = QString::fromUtf8(file.readAll());
    Ingest::Extraction extraction = Ingest::PlainTextImporter::extract(text);
    Model::Article article;
    article.id = id;
    article.title = extraction.title;
    article.byline = extraction.byline;
    article.language = extraction.language;
    article.source = kAnnotatedArticleSource;
    article.tags = {QStringLiteral("porti"), QStringLiteral("Liguria 2024"), QStringLiteral("#economia")};
    Model::Revision revision = Model::Revision::fromBlocks(std::move(extraction.blocks));
    revision.rawSource = text;
    revision.sourceFormat = QStringLiteral("text");
    if (Status s = library.addArticle(article, revision); !s) {
        return fail(s.error().message);
    }
    const std::optional<Model::Revision> stored = library.currentRevision(id);
    if (!stored) {
        return fail(QStringLiteral("the article's revision was not stored"));
    }

    Model::Palette palette = library.palette();
    palette.set({QStringLiteral("fonte"), QStringLiteral("Fonte citata"), Model::Rgb(0xe0, 0xb0, 0x80)});
    if (Status s = library.setPalette(palette); !s) {
        return fail(s.error().message);
    }

    struct Mark {
        QString from; // the passage starts with these words…
        QString to; // …and ends with these (inclusive)
        QString color;
        Model::HighlightStyle style = Model::HighlightStyle::Fill;
        QString note;
        QStringList tags;
        bool isPrivate = false;
    };
    const QList<Mark> marks {
        {QStringLiteral("Il porto di Genova vive"), QStringLiteral("dieci anni fa"), QStringLiteral("important"),
            Model::HighlightStyle::Fill, QStringLiteral("La **tesi** dell'articolo: Genova *torna* centrale."),
            {QStringLiteral("porti"), QStringLiteral("da rileggere")}},
        {QStringLiteral("diga foranea"), QStringLiteral("diga foranea"), QStringLiteral("definition"),
            Model::HighlightStyle::Underline,
            QStringLiteral("Opera che ripara il porto dal mare aperto:\r\n\r\n- protegge le banchine\r\n- crea il "
                           "bacino interno\r\n")},
        {QStringLiteral("Con le tensioni nel Mar Rosso"), QStringLiteral("quella della città."),
            QStringLiteral("agree"), Model::HighlightStyle::Fill, QStringLiteral("Vedi anche [[Rotte del Mar Rosso]]."),
            {QStringLiteral("#Mar Rosso"), QStringLiteral("2024")}},
        {QStringLiteral("Oggi la sfida è diversa."), QStringLiteral("Oggi la sfida è diversa."),
            QStringLiteral("question"), Model::HighlightStyle::Fill, kPrivateNote, {}, true},
        {QStringLiteral("Senza il Terzo Valico"), QStringLiteral("anni"), QStringLiteral("fonte"),
            Model::HighlightStyle::Fill, {}, {QStringLiteral("ferrovie")}},
        {QStringLiteral("le merci sbarcate a Genova"), QStringLiteral("su gomma"), QStringLiteral("evidenza"),
            Model::HighlightStyle::Underline, QStringLiteral("Un colore che non è più nella tavolozza.")},
        {QStringLiteral("regole più semplici"), QStringLiteral("concessioni"), QStringLiteral("follow-up"),
            Model::HighlightStyle::Fill, QStringLiteral("Cercare le norme sulle concessioni portuali.")},
    };
    const QString &canonical = stored->canonicalText();
    for (const Mark &m : marks) {
        const qsizetype start = canonical.indexOf(m.from);
        const qsizetype last = start < 0 ? -1 : canonical.indexOf(m.to, start);
        if (start < 0 || last < 0) {
            return fail(QStringLiteral("passage not found: ") + m.from);
        }
        Model::Annotation a = Anchor::exactHighlight(*stored, start, last + m.to.size());
        a.color = m.color;
        a.style = m.style;
        a.note = m.note;
        a.tags = m.tags;
        a.isPrivate = m.isPrivate;
        if (const auto added = library.addAnnotation(a); !added) {
            return fail(added.error().message);
        }
    }

    // The source changes: one highlighted paragraph is gone.
    QString updated = text;
    if (!updated.contains(kRemovedParagraph)) {
        return fail(QStringLiteral("the paragraph to remove is not in the data file"));
    }
    updated.remove(kRemovedParagraph);
    LibraryImport import(&library);
    const ImportResult result = import.importBytes(
        updated.toUtf8(), Ingest::Format::Text, kAnnotatedArticleSource, WhenAlreadyImported::UpdateExisting);
    if (!result) {
        return fail(result.error().message);
    }
    if (result->articleId != id || result->orphaned != 1) {
        return fail(QStringLiteral("the update did not orphan exactly the one highlight"));
    }
    return {id, {}};
}

} // namespace Glossa::Test
