// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include "markdownimporter.h"

#include <QFile>
#include <QUuid>

namespace Glossa::Ingest {

namespace {
// Display order: the welcome article first.
constexpr const char16_t *kFiles[] = {u"welcome.md", u"leggere-con-la-matita.md", u"plain-text-is-forever.md"};
} // namespace

QList<SampleArticle> SampleLibrary::articles()
{
    QList<SampleArticle> out;
    for (const char16_t *name : kFiles) {
        const QString fileName = QString::fromUtf16(name);
        QFile file(QStringLiteral(":/sample/") + fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Glossa sample article missing from resources: %s", qUtf8Printable(fileName));
            continue;
        }
        SampleArticle sample;
        sample.markdown = QString::fromUtf8(file.readAll());
        Extraction extraction = MarkdownImporter::extract(sample.markdown);
        // A name-based UUID keeps sample ids identical on every machine and every run.
        const QUuid ns = QUuid::fromString(u"6b1f3e5e-2f2a-4c1e-9a57-6c6f7373610a");
        sample.article.id = QUuid::createUuidV5(ns, fileName).toString(QUuid::WithoutBraces);
        sample.article.title = extraction.title;
        sample.article.byline = extraction.byline;
        sample.article.site = extraction.site;
        sample.article.language = extraction.language;
        sample.article.source = QStringLiteral("qrc:/sample/") + fileName;
        sample.revision = Model::Revision::fromBlocks(std::move(extraction.blocks));
        sample.revision.articleId = sample.article.id;
        sample.revision.id = QUuid::createUuidV5(ns, sample.revision.contentHash).toString(QUuid::WithoutBraces);
        sample.article.currentRevisionId = sample.revision.id;
        out.append(std::move(sample));
    }
    return out;
}

} // namespace Glossa::Ingest
