// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include "markdownimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Glossa::Ingest {

namespace {
// Display order: the welcome article first.
constexpr const char16_t *kFiles[] = {u"welcome.md", u"leggere-con-la-matita.md", u"plain-text-is-forever.md"};

// A name-based UUID keeps sample ids identical on every machine and every run.
QUuid sampleNamespace()
{
    return QUuid::fromString(u"6b1f3e5e-2f2a-4c1e-9a57-6c6f7373610a");
}

QString articleIdFor(const QString &fileName)
{
    return QUuid::createUuidV5(sampleNamespace(), fileName).toString(QUuid::WithoutBraces);
}
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
        const QUuid ns = sampleNamespace();
        sample.article.id = articleIdFor(fileName);
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

QList<SampleAnnotation> SampleLibrary::annotations()
{
    QFile file(QStringLiteral(":/sample/annotations.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Glossa sample annotations missing from resources");
        return {};
    }
    QList<SampleAnnotation> out;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = value.toObject();
        out.append(
            {articleIdFor(o.value(u"article").toString()), o.value(u"quote").toString(), o.value(u"color").toString(),
                Model::highlightStyleFromName(o.value(u"style").toString()), o.value(u"note").toString()});
    }
    return out;
}

} // namespace Glossa::Ingest
