// SPDX-License-Identifier: GPL-3.0-or-later
// Small fixtures shared by the store tests: an article of the same shape as a real reading (Italian
// prose with accents, a heading, a code block), and annotations, links and comments on it.
#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/comment.h"
#include "model/link.h"
#include "model/revision.h"

#include <QUuid>

namespace Glossa::Test {

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct ArticleFixture {
    Model::Article article;
    Model::Revision revision;
};

inline ArticleFixture article(const QString &title = QStringLiteral("La libertà di stampa"))
{
    ArticleFixture f;
    f.article.id = uuid();
    f.article.title = title;
    f.article.byline = QStringLiteral("Redazione di prova");
    f.article.site = QStringLiteral("esempio.it");
    f.article.language = QStringLiteral("it");
    f.article.source = QStringLiteral("/home/lettore/articoli/liberta.md");
    f.article.tags = {QStringLiteral("stampa"), QStringLiteral("diritti")};
    using Model::Block;
    using Model::BlockType;
    f.revision = Model::Revision::fromBlocks({
        Block {.type = BlockType::Heading, .level = 1, .text = title},
        Block {.text = QStringLiteral("La libertà di stampa è un diritto: perché un lettore possa giudicare, "
                                      "servono fonti verificabili e note a margine.")},
        Block {.type = BlockType::ListItem, .level = 1, .ordinal = 1, .text = QStringLiteral("Primo punto")},
        Block {.type = BlockType::Code, .language = QStringLiteral("cpp"), .text = QStringLiteral("int main() {}")},
        Block {.type = BlockType::Separator},
        Block {.type = BlockType::Quote, .text = QStringLiteral("« Citazione finale »")},
    });
    f.revision.id = uuid();
    f.revision.articleId = f.article.id;
    f.revision.rawSource = u"# " + title + u"\n\nLa libertà di stampa…";
    f.revision.sourceFormat = QStringLiteral("markdown");
    f.article.currentRevisionId = f.revision.id;
    return f;
}

inline Model::Annotation annotation(const ArticleFixture &f, qsizetype start = 3, qsizetype length = 8)
{
    Model::Annotation a;
    a.id = uuid();
    a.articleId = f.article.id;
    a.revisionId = f.revision.id;
    a.kind = Model::AnnotationKind::Highlight;
    a.color = QStringLiteral("evidence");
    a.style = Model::HighlightStyle::Underline;
    a.note = QStringLiteral("Una nota con *Markdown* e accenti: città.");
    a.tags = {QStringLiteral("fonte"), QStringLiteral("da-rileggere")};
    a.isPrivate = true;
    const QString &text = f.revision.canonicalText();
    a.selector.start = start;
    a.selector.end = start + length;
    a.selector.exact = text.mid(start, length);
    a.selector.prefix = text.mid(qMax<qsizetype>(0, start - 32), qMin<qsizetype>(32, start));
    a.selector.suffix = text.mid(start + length, 32);
    a.selector.blockIndex = f.revision.blockIndexAt(start);
    a.anchor = {start, start + length, 0.875, Model::AnchorStatus::Fuzzy};
    a.author = QStringLiteral("Lettrice");
    a.created = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.123Z"), Qt::ISODateWithMs);
    a.updated = QDateTime::fromString(QStringLiteral("2026-03-02T11:30:00.456Z"), Qt::ISODateWithMs);
    return a;
}

inline Model::Comment comment(const ArticleFixture &f, const QString &parentId = {}, const QString &annotationId = {})
{
    Model::Comment c;
    c.id = uuid();
    c.articleId = f.article.id;
    c.parentId = parentId;
    c.annotationId = annotationId;
    c.author = QStringLiteral("Marco");
    c.body = QStringLiteral("Non sono d'accordo: la fonte è debole.");
    c.created = QDateTime::fromString(QStringLiteral("2026-03-03T09:00:00.000Z"), Qt::ISODateWithMs);
    c.votes = 2;
    return c;
}

} // namespace Glossa::Test
