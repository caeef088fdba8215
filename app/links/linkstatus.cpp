// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkstatus.h"

#include "library/library.h"
#include "store/linkrepository.h"

#include <QHash>

namespace Glossa::Links {

QString linkStatusName(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Changed:
        return QStringLiteral("changed");
    case LinkStatus::Dangling:
        return QStringLiteral("dangling");
    case LinkStatus::Ok:
        break;
    }
    return QStringLiteral("ok");
}

QString linkStatusLabel(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Changed:
        //: A link one of whose passages reads differently since its article was updated.
        return LinkReader::tr("text changed");
    case LinkStatus::Dangling:
        //: A link one of whose ends (article or passage) was deleted or could not be found again.
        return LinkReader::tr("dangling");
    case LinkStatus::Ok:
        break;
    }
    return LinkReader::tr("ok");
}

QString LinkEndState::quote() const
{
    if (annotation && !annotation->selector.exact.isEmpty()) {
        return annotation->selector.exact;
    }
    return end.quote;
}

LinkStatus endStatus(bool articleExists, bool wholeArticle, const std::optional<Model::Annotation> &annotation)
{
    if (!articleExists) {
        return LinkStatus::Dangling;
    }
    if (wholeArticle) {
        return LinkStatus::Ok;
    }
    if (!annotation || !annotation->anchor.isAnchored()) {
        return LinkStatus::Dangling;
    }
    return annotation->textChanged() ? LinkStatus::Changed : LinkStatus::Ok;
}

namespace {

// Looks ends up once each: an article with 500 links often has many on the same few articles.
class EndLookup
{
public:
    explicit EndLookup(const Library &library)
        : m_library(library)
    {
    }

    Result<LinkEndState> state(const Model::LinkEnd &end)
    {
        LinkEndState s;
        s.end = end;
        auto title = m_titles.constFind(end.articleId);
        if (title == m_titles.cend()) {
            const auto article = m_library.readArticle(end.articleId);
            if (!article) {
                return article.error();
            }
            title = m_titles.insert(
                end.articleId, *article ? std::optional<QString>((*article)->title) : std::optional<QString>());
        }
        s.articleExists = title->has_value();
        s.articleTitle = title->value_or(QString());
        if (!end.annotationId.isEmpty() && s.articleExists) {
            const auto annotation = m_library.readAnnotation(end.annotationId);
            if (!annotation) {
                return annotation.error();
            }
            s.annotation = *annotation;
        }
        s.status = endStatus(s.articleExists, s.isWholeArticle(), s.annotation);
        return s;
    }

private:
    const Library &m_library;
    QHash<QString, std::optional<QString>> m_titles;
};

} // namespace

Result<ArticleLinks> LinkReader::read(const Library &library, const QString &articleId)
{
    const auto stored = library.readLinks(articleId);
    if (!stored) {
        return stored.error();
    }
    EndLookup lookup(library);
    ArticleLinks out;
    for (const Store::StoredLink &s : *stored) {
        LinkView view;
        view.link = s.link;
        auto from = lookup.state(s.link.from);
        if (!from) {
            return from.error();
        }
        auto to = lookup.state(s.link.to);
        if (!to) {
            return to.error();
        }
        view.from = std::move(*from);
        view.to = std::move(*to);
        view.status = std::max(view.from.status, view.to.status);
        if (s.link.from.articleId == articleId) {
            out.outgoing.append(view);
        }
        if (s.link.to.articleId == articleId) {
            out.incoming.append(view);
        }
    }
    return out;
}

void LinkReader::onChange(const Library *library, QObject *context, const std::function<void()> &changed)
{
    QObject::connect(library, &Library::linkAdded, context, changed);
    QObject::connect(library, &Library::linkRemoved, context, changed);
    QObject::connect(library, &Library::annotationAdded, context, changed);
    QObject::connect(library, &Library::annotationChanged, context, changed);
    QObject::connect(library, &Library::annotationRemoved, context, changed);
    QObject::connect(library, &Library::annotationsReanchored, context, changed);
    QObject::connect(library, &Library::articleAdded, context, changed);
    QObject::connect(library, &Library::articleChanged, context, changed);
    QObject::connect(library, &Library::articleRemoved, context, changed);
}

} // namespace Glossa::Links
