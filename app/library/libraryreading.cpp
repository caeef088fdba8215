// SPDX-License-Identifier: GPL-3.0-or-later
// Library's reads (see the top of library.h): readX() returns what is there or why it could not
// be read; x() is the convenience form for views, which logs a failure and returns an empty value.
#include "library.h"
#include "library_p.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/commentrepository.h"
#include "store/linkrepository.h"
#include "store/settingsrepository.h"
#include "store/storelog.h"

namespace Glossa {

using namespace LibraryPrivate;

namespace {

// The convenience reads' fallback: the value, or an empty one after logging why there is none (a
// closed library has nothing to show, which is not worth a line).
template<typename T> T orEmpty(const Library &library, Store::Result<T> result)
{
    if (!result) {
        if (library.isOpen()) {
            qCWarning(lcStore) << "read failed:" << result.error().message;
        }
        return T {};
    }
    return std::move(*result);
}

} // namespace

// --- reading -----------------------------------------------------------------------------------

Store::Result<QList<Model::Article>> Library::readArticles() const
{
    return m_store ? read(Store::ArticleRepository(m_store->db()).all()) : notOpen();
}

Store::Result<std::optional<Model::Article>> Library::readArticle(const QString &id) const
{
    return m_store ? read(Store::ArticleRepository(m_store->db()).find(id)) : notOpen();
}

Store::Result<std::optional<Model::Revision>> Library::readCurrentRevision(const QString &articleId) const
{
    const auto stored = readArticle(articleId);
    if (!stored) {
        return stored.error();
    }
    const std::optional<Model::Article> &article = *stored;
    if (!article || article->currentRevisionId.isEmpty()) {
        return std::optional<Model::Revision>();
    }
    return read(Store::ArticleRepository(m_store->db()).revision(article->currentRevisionId));
}

Store::Result<QList<Model::Annotation>> Library::readAnnotations(const QString &articleId) const
{
    return m_store ? read(Store::AnnotationRepository(m_store->db()).forArticle(articleId)) : notOpen();
}

Store::Result<std::optional<Model::Annotation>> Library::readAnnotation(const QString &id) const
{
    return m_store ? read(Store::AnnotationRepository(m_store->db()).find(id)) : notOpen();
}

Store::Result<QList<Store::StoredLink>> Library::readLinks(const QString &articleId) const
{
    return m_store ? read(Store::LinkRepository(m_store->db()).forArticle(articleId)) : notOpen();
}

Store::Result<QList<Model::Comment>> Library::readComments(const QString &articleId) const
{
    return m_store ? read(Store::CommentRepository(m_store->db()).forArticle(articleId)) : notOpen();
}

Store::Result<std::optional<Model::Comment>> Library::readComment(const QString &id) const
{
    return m_store ? read(Store::CommentRepository(m_store->db()).find(id)) : notOpen();
}

Store::Result<QList<Store::CommentEdit>> Library::readCommentEdits(const QString &commentId) const
{
    return m_store ? read(Store::CommentRepository(m_store->db()).edits(commentId)) : notOpen();
}

Store::Result<QString> Library::readLocalAuthorName() const
{
    if (!m_store) {
        return notOpen();
    }
    // open() recorded the local author on a writable library, so this finds it.
    const auto author = Store::SettingsRepository(m_store->db()).localAuthor(defaultAuthorName());
    if (!author) {
        return readError(author.error());
    }
    return author->name;
}

Store::Result<QHash<QString, int>> Library::readColorUsage() const
{
    return m_store ? read(Store::AnnotationRepository(m_store->db()).colorUsage()) : notOpen();
}

QList<Model::Article> Library::articles() const
{
    return orEmpty(*this, readArticles());
}

std::optional<Model::Article> Library::article(const QString &id) const
{
    return orEmpty(*this, readArticle(id));
}

std::optional<Model::Revision> Library::currentRevision(const QString &articleId) const
{
    return orEmpty(*this, readCurrentRevision(articleId));
}

QList<Model::Annotation> Library::annotations(const QString &articleId) const
{
    return orEmpty(*this, readAnnotations(articleId));
}

std::optional<Model::Annotation> Library::annotation(const QString &id) const
{
    return orEmpty(*this, readAnnotation(id));
}

QList<Store::StoredLink> Library::links(const QString &articleId) const
{
    return orEmpty(*this, readLinks(articleId));
}

QList<Model::Comment> Library::comments(const QString &articleId) const
{
    return orEmpty(*this, readComments(articleId));
}

std::optional<Model::Comment> Library::comment(const QString &id) const
{
    return orEmpty(*this, readComment(id));
}

QList<Store::CommentEdit> Library::commentEdits(const QString &commentId) const
{
    return orEmpty(*this, readCommentEdits(commentId));
}

QString Library::localAuthorName() const
{
    return orEmpty(*this, readLocalAuthorName());
}

QHash<QString, int> Library::colorUsage() const
{
    return orEmpty(*this, readColorUsage());
}

} // namespace Glossa
