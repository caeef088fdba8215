// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "ingest/samplelibrary.h"

#include <QDateTime>

namespace Glossa {

Library::Library(QObject *parent)
    : QObject(parent)
{
}

Library::~Library() = default;

void Library::addSampleArticles()
{
    for (Ingest::SampleArticle &sample : Ingest::SampleLibrary::articles()) {
        addArticle(sample.article, sample.revision);
    }
}

QList<Model::Article> Library::articles() const
{
    QList<Model::Article> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        out.append(e.article);
    }
    return out;
}

std::optional<Model::Article> Library::article(const QString &id) const
{
    for (const Entry &e : m_entries) {
        if (e.article.id == id) {
            return e.article;
        }
    }
    return std::nullopt;
}

std::optional<Model::Revision> Library::currentRevision(const QString &articleId) const
{
    for (const Entry &e : m_entries) {
        if (e.article.id == articleId) {
            return e.revision;
        }
    }
    return std::nullopt;
}

void Library::addArticle(const Model::Article &article, const Model::Revision &revision)
{
    Entry entry{article, revision};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!entry.article.created.isValid()) {
        entry.article.created = now;
    }
    if (!entry.article.updated.isValid()) {
        entry.article.updated = now;
    }
    m_entries.append(std::move(entry));
    Q_EMIT articleAdded(article.id);
}

} // namespace Glossa
