// SPDX-License-Identifier: GPL-3.0-or-later
// For the Web Annotation tests (the Markdown tests have theirs in annotatedarticle.h): an article of
// the seeds' shape (the Italian news page in data/ingest/text/it_news_chrome.txt, its paragraphs,
// plus one with characters outside the Basic Multilingual Plane) and annotations of every kind on
// it: fills and underlines in several colours, notes, tags, a private note, a note-only annotation
// and passages after and inside the non-BMP text.
#pragma once

#include "anchor/placement.h"
#include "library/library.h"
#include "library/undostack.h"
#include "model/revision.h"

#include <QFile>
#include <QRegularExpression>
#include <QUuid>

namespace Glossa::Test {

struct WebAnnotatedArticle {
    Model::Article article;
    Model::Revision revision;
    QList<Model::Annotation> annotations; // as added, ids and all
};

// Characters outside the BMP (two UTF-16 code units each), in a paragraph of the article.
inline const QString &nonBmpParagraph()
{
    static const QString p = QStringLiteral("Sul nuovo logo dell’autorità portuale compaiono una nave 🚢, il "
                                            "grifone 𝔊 di Genova e la data 𝟮𝟬𝟮𝟰: tre simboli 🏛️ per un solo porto.");
    return p;
}

// The article, same ids each time for the same `articleId`, so two libraries can hold "the same
// article". Its paragraphs are those of the seed-shaped page between its title and its credits.
inline WebAnnotatedArticle annotatedArticle(const QString &articleId, const QString &source)
{
    QFile f(QStringLiteral(GLOSSA_TEST_DATA "/ingest/text/it_news_chrome.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    // The site's chrome, the title, the paragraphs, then the credits and more chrome.
    const QStringList paragraphs
        = QString::fromUtf8(f.readAll()).split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    QList<Model::Block> blocks;
    blocks.append(Model::Block {.type = Model::BlockType::Heading, .level = 1, .text = paragraphs.value(1).trimmed()});
    for (qsizetype i = 2; i < paragraphs.size() && !paragraphs[i].startsWith(u"crediti"); ++i) {
        blocks.append(Model::Block {.text = paragraphs[i].trimmed()});
        if (i == 4) {
            blocks.append(Model::Block {.text = nonBmpParagraph()});
        }
    }
    WebAnnotatedArticle a;
    a.article.id = articleId;
    a.article.title = blocks.first().text;
    a.article.language = QStringLiteral("it");
    a.article.source = source;
    a.revision = Model::Revision::fromBlocks(blocks);
    a.revision.id = QUuid::createUuidV5(QUuid(articleId), QStringLiteral("revision")).toString(QUuid::WithoutBraces);
    a.revision.articleId = articleId;
    a.revision.rawSource = paragraphs.join(u"\n\n");
    a.revision.sourceFormat = QStringLiteral("text");
    a.article.currentRevisionId = a.revision.id;
    return a;
}

// One annotation on the first occurrence of `quote` in the article's text.
inline Model::Annotation on(const WebAnnotatedArticle &a, const QString &quote)
{
    const qsizetype start = a.revision.canonicalText().indexOf(quote);
    Q_ASSERT(start >= 0);
    Model::Annotation n = Anchor::exactHighlight(a.revision, start, start + quote.size());
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.author = QStringLiteral("Giulia");
    n.created = QDateTime::fromString(QStringLiteral("2026-11-20T09:15:30.250Z"), Qt::ISODateWithMs);
    n.updated = QDateTime::fromString(QStringLiteral("2026-11-21T18:02:11.875Z"), Qt::ISODateWithMs);
    return n;
}

// Adds the article and its annotations to `library` (no undo steps left behind); an empty list of
// annotations when something could not be stored.
inline WebAnnotatedArticle addAnnotatedArticle(Library &library,
    const QString &articleId = QStringLiteral("2b8deaeb-62ee-4b82-9e00-000000000001"),
    const QString &source = QStringLiteral("https://www.example.it/economia/porto-di-genova"))
{
    WebAnnotatedArticle a = annotatedArticle(articleId, source);
    if (!library.addArticle(a.article, a.revision)) {
        return a;
    }
    using Model::HighlightStyle;
    QList<Model::Annotation> list;
    Model::Annotation n = on(a, QStringLiteral("Il porto di Genova vive una stagione di rilancio"));
    n.color = QStringLiteral("important");
    list << n;
    n = on(a, QStringLiteral("la nuova diga foranea"));
    n.color = QStringLiteral("agree");
    n.style = HighlightStyle::Underline;
    n.note = QStringLiteral("La **diga** è il punto decisivo: senza di essa le grandi navi non entrano nel porto, e "
                            "il resto dell’articolo dipende da questo.");
    list << n;
    n = on(a, QStringLiteral("Con le tensioni nel Mar Rosso"));
    n.color = QStringLiteral("question");
    n.tags = {QStringLiteral("rotte"), QStringLiteral("mar-rosso")};
    list << n;
    n = on(a, QStringLiteral("una nave 🚢, il grifone 𝔊 di Genova"));
    n.color = QStringLiteral("definition");
    n.note = QStringLiteral("Il grifone 𝔊 è lo stemma della città 🏛️; la nave indica il porto e la sua storia.");
    n.tags = {QStringLiteral("simboli")};
    list << n;
    n = on(a, QStringLiteral("tre simboli 🏛️ per un solo porto"));
    n.color = QStringLiteral("follow-up");
    n.style = HighlightStyle::Underline;
    list << n;
    n = on(a, QStringLiteral("Il nodo principale resta il collegamento ferroviario"));
    n.color = QStringLiteral("disagree");
    n.note = QStringLiteral("Nota privata: da verificare con i dati del Terzo Valico prima di citarla nella tesi.");
    n.isPrivate = true;
    n.author = QStringLiteral("Marco");
    list << n;
    n = on(a, QStringLiteral("regole più semplici per le concessioni"));
    n.kind = Model::AnnotationKind::Note;
    n.color = QStringLiteral("important");
    n.note = QStringLiteral("Solo una nota, senza evidenziare.");
    list << n;
    for (const Model::Annotation &x : std::as_const(list)) {
        if (!library.addAnnotation(x)) {
            return a;
        }
    }
    library.undoStack()->clear();
    a.annotations = list;
    return a;
}

// The ids of addDiscussion()'s comments.
struct WebDiscussion {
    QString onArticle; // Giulia's question on the article, resolved, two votes
    QString reply; // Marco's answer to it
    QString replyToReply; // Giulia's thanks, edited
    QString onPassage; // Anna's inline comment on "la nuova diga foranea"
    QString passage; // its CommentAnchor annotation
    QString deleted; // a deleted comment kept for its reply
    QString replyToDeleted;
    QString deletedAlone; // a deleted comment nothing answers
    bool ok = false;
};

// A discussion on `a`'s article in `library` (no undo steps left behind): a comment on the article
// with votes and resolved, a reply and a reply to it (edited), an inline comment on a passage, a
// deleted comment with a reply, and a deleted comment without one.
inline WebDiscussion addDiscussion(Library &library, const WebAnnotatedArticle &a)
{
    WebDiscussion d;
    auto add = [&](const QString &author, const QString &body, const QString &parent,
                   std::optional<Model::Annotation> anchor = {}) {
        Model::Comment c;
        c.articleId = a.article.id;
        c.author = author;
        c.body = body;
        c.parentId = parent;
        const auto id = library.addComment(c, std::move(anchor));
        return id ? *id : QString();
    };
    d.onArticle
        = add(QStringLiteral("Giulia"), QStringLiteral("Chi finanzia la **diga**?\n\n- il porto\n- lo Stato"), {});
    d.reply = add(QStringLiteral("Marco"), QStringLiteral("In gran parte lo Stato."), d.onArticle);
    d.replyToReply = add(QStringLiteral("Giulia"), QStringLiteral("Grazie"), d.reply);
    Model::Annotation passage = on(a, QStringLiteral("la nuova diga foranea"));
    passage.kind = Model::AnnotationKind::CommentAnchor;
    d.passage = passage.id;
    d.onPassage = add(QStringLiteral("Anna"), QStringLiteral("Quando sarà finita?"), {}, passage);
    d.deleted = add(QStringLiteral("Luca"), QStringLiteral("Un errore"), {});
    d.replyToDeleted = add(QStringLiteral("Anna"), QStringLiteral("Cosa intendevi?"), d.deleted);
    d.deletedAlone = add(QStringLiteral("Luca"), QStringLiteral("Anche questo"), {});
    const bool added = !d.onArticle.isEmpty() && !d.reply.isEmpty() && !d.replyToReply.isEmpty()
        && !d.onPassage.isEmpty() && !d.deleted.isEmpty() && !d.replyToDeleted.isEmpty() && !d.deletedAlone.isEmpty();
    d.ok = added && library.editComment(d.replyToReply, QStringLiteral("Grazie mille!"))
        && library.voteComment(d.onArticle, QStringLiteral("Marco"), Library::CommentVote::Up)
        && library.voteComment(d.onArticle, QStringLiteral("Anna"), Library::CommentVote::Up)
        && library.voteComment(d.onPassage, QStringLiteral("Marco"), Library::CommentVote::Down)
        && library.setCommentResolved(d.onArticle, true) && library.deleteComment(d.deleted)
        && library.deleteComment(d.deletedAlone);
    library.undoStack()->clear();
    return d;
}

} // namespace Glossa::Test
