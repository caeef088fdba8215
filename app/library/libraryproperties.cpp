// SPDX-License-Identifier: GPL-3.0-or-later
// Library: tags, and an article's properties and note (see library.h).
#include "library.h"
#include "library_p.h"
#include "librarycommands.h"
#include "model/notetags.h"

#include <QDate>
#include <QRegularExpression>

namespace Glossa {

using namespace LibraryPrivate;
using Store::Status;

namespace {

// The tags as they are stored: trimmed, without a leading '#', once each; nullopt names the bad one.
std::optional<QStringList> cleanedTags(const QStringList &tags, QString *bad)
{
    QStringList out;
    for (const QString &typed : tags) {
        if (typed.trimmed().isEmpty()) {
            continue;
        }
        const QString tag = Model::NoteTags::cleaned(typed);
        if (tag.isEmpty()) {
            *bad = typed.trimmed();
            return std::nullopt;
        }
        out = Model::NoteTags::withTag(out, tag);
    }
    return out;
}

bool isIsoDate(const QString &text)
{
    if (text.isEmpty()) {
        return true;
    }
    return QDate::fromString(text, Qt::ISODate).isValid() || QDateTime::fromString(text, Qt::ISODate).isValid()
        || QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

bool isLanguageTag(const QString &text)
{
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return text.isEmpty() || bcp47.match(text).hasMatch();
}

} // namespace

Store::Result<QList<Store::TagStore::Count>> Library::readTagCounts() const
{
    if (!m_store) {
        return notOpen();
    }
    return read(Store::TagStore::counts(m_store->db()));
}

Store::Result<QHash<QString, QStringList>> Library::readAnnotationTagsByArticle() const
{
    if (!m_store) {
        return notOpen();
    }
    return read(Store::TagStore::annotationTagsByArticle(m_store->db()));
}

Status Library::setAnnotationTags(const QString &annotationId, const QStringList &tags)
{
    const auto before = existing(readAnnotation(annotationId), tr("There is no annotation %1.").arg(annotationId));
    if (!before) {
        return before.status();
    }
    QString bad;
    const std::optional<QStringList> cleaned = cleanedTags(tags, &bad);
    if (!cleaned) {
        return refusal(tr("“%1” cannot be a tag: a tag is one word (letters, digits, - _ /), no spaces.").arg(bad));
    }
    if (*cleaned == before->tags) {
        return {};
    }
    Model::Annotation after = *before;
    after.tags = *cleaned;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *before, after, tr("Edit tags")));
}

Status Library::setArticleProperties(const Model::Article &article)
{
    const auto before = existing(readArticle(article.id), tr("There is no article %1.").arg(article.id));
    if (!before) {
        return before.status();
    }
    if (!isIsoDate(article.published.trimmed())) {
        return refusal(tr("“%1” is not a date Glossa can read: write the published date as 2024-06-19, or "
                          "2024-06-19T08:30:00Z with a time.")
                .arg(article.published));
    }
    if (!isLanguageTag(article.language.trimmed())) {
        return refusal(tr("“%1” is not a language tag: write it as “it”, “en” or “en-GB”.").arg(article.language));
    }
    QString bad;
    const std::optional<QStringList> tags = cleanedTags(article.tags, &bad);
    if (!tags) {
        return refusal(tr("“%1” cannot be a tag: a tag is one word (letters, digits, - _ /), no spaces.").arg(bad));
    }
    Model::Article after = *before;
    after.title = article.title.simplified();
    after.byline = article.byline.simplified();
    after.site = article.site.simplified();
    after.source = article.source.trimmed();
    after.published = article.published.trimmed();
    after.language = article.language.trimmed();
    after.note = article.note;
    // The note's #tags follow its text when the text changes; a tag taken away by hand stays away.
    after.tags = after.note == before->note ? *tags : Model::NoteTags::merged(*tags, before->note, after.note);
    const bool unchanged = after.title == before->title && after.byline == before->byline && after.site == before->site
        && after.source == before->source && after.published == before->published && after.language == before->language
        && after.note == before->note && after.tags == before->tags;
    if (unchanged) {
        return {};
    }
    after.updated = QDateTime::currentDateTimeUtc();
    auto command = new EditArticleCommand(this, *before, after, tr("Edit properties"));
    if (after.title != before->title) {
        return push(command, renameChange(*before, after.title));
    }
    return push(command);
}

Status Library::setArticleNote(const QString &articleId, const QString &note)
{
    const auto before = existing(readArticle(articleId), tr("There is no article %1.").arg(articleId));
    if (!before) {
        return before.status();
    }
    if (before->note == note) {
        return {};
    }
    Model::Article after = *before;
    after.note = note;
    after.tags = Model::NoteTags::merged(before->tags, before->note, note);
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditArticleCommand(this, *before, after, tr("Edit article note")));
}

} // namespace Glossa
