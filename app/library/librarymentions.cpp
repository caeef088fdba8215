// SPDX-License-Identifier: GPL-3.0-or-later
// [[wiki links]] in notes and comments: which article each `[[ ]]` opens, and the "mentions" links
// that keep them in the library (one per article a text mentions, from the note's annotation or the
// comment's passage or article, to the whole article mentioned), reconciled with the text each time
// it is written, and the texts a rename rewrites. The commands write these in their own transaction
// (LibraryCommand::setMentions), so each stays one undo step.
#include "library.h"
#include "library_p.h"
#include "librarycommands.h"
#include "links/linkrelation.h"
#include "links/wikilinks.h"
#include "store/linkrepository.h"
#include "store/rowcodec.h"

#include <QSet>

#include <algorithm>

namespace Glossa {

using namespace LibraryPrivate;

Store::Status Library::push(LibraryCommand *command, Store::Result<MentionChange> mentions)
{
    if (!mentions) {
        delete command;
        return mentions.error();
    }
    command->setMentions(std::move(*mentions));
    return push(command);
}

Store::Result<QList<Library::Mention>> Library::readMentions(
    const QString &sourceId, const QString &text, const MentionChoices &choices) const
{
    QList<Mention> out;
    const QList<Links::WikiLink> links = Links::WikiLinks::parse(text);
    if (links.isEmpty()) {
        return out;
    }
    if (!m_store) {
        return notOpen();
    }
    const auto titles = read(Store::ArticleRepository(m_store->db()).titles());
    if (!titles) {
        return titles.error();
    }
    // Only the titles this text names are folded and kept.
    QSet<QString> named;
    for (const Links::WikiLink &link : links) {
        named.insert(Links::WikiLinks::titleKey(link.title));
    }
    QMultiHash<QString, QString> byTitle; // titleKey → ids
    QSet<QString> ids;
    for (const auto &[id, title] : *titles) {
        ids.insert(id);
        if (const QString key = Links::WikiLinks::titleKey(title); named.contains(key)) {
            byTitle.insert(key, id);
        }
    }
    QSet<QString> stored; // the articles this text's links point at now
    if (!sourceId.isEmpty()) {
        const auto mine = read(Store::LinkRepository(m_store->db()).fromSource(sourceId));
        if (!mine) {
            return mine.error();
        }
        for (const Model::Link &l : *mine) {
            stored.insert(l.to.articleId);
        }
    }
    for (const Links::WikiLink &link : links) {
        Mention m {link, {}, {}};
        if (!link.articleId.isEmpty()) {
            if (ids.contains(link.articleId)) {
                m.articleId = link.articleId;
            }
            out.append(m);
            continue;
        }
        const QString key = Links::WikiLinks::titleKey(link.title);
        QStringList candidates = byTitle.values(key);
        std::sort(candidates.begin(), candidates.end());
        const QString chosen = choices.value(key);
        if (candidates.size() == 1) {
            m.articleId = candidates.first();
        } else if (!chosen.isEmpty() && candidates.contains(chosen)) {
            m.articleId = chosen;
        } else {
            for (const QString &id : std::as_const(candidates)) {
                if (stored.contains(id)) {
                    m.articleId = id; // chosen when the text was written
                    break;
                }
            }
            if (m.articleId.isEmpty()) {
                m.candidates = candidates;
            }
        }
        out.append(m);
    }
    return out;
}

Store::Result<MentionChange> Library::mentionChange(const QString &sourceId, const Model::LinkEnd &from,
    const QString &text, const MentionChoices &choices, bool lenient) const
{
    if (!m_store) {
        return refusal(notOpen());
    }
    const auto mentions = readMentions(sourceId, text, choices);
    if (!mentions) {
        return refusal(mentions.error());
    }
    QStringList wanted; // in the text's order
    for (const Mention &m : *mentions) {
        if (m.candidates.size() > 1 && !lenient) {
            return refusal(tr("“%1” is the title of %2 articles (%3): choose one, or write [[id:ARTICLE|%1]] "
                              "with the id of the one you mean.")
                    .arg(m.link.title)
                    .arg(m.candidates.size())
                    .arg(m.candidates.join(QStringLiteral(", "))));
        }
        // An article whole does not mention itself; a passage of it may.
        const bool self = m.articleId == from.articleId && from.annotationId.isEmpty();
        if (!m.articleId.isEmpty() && !self && !wanted.contains(m.articleId)) {
            wanted.append(m.articleId);
        }
    }
    const auto stored = read(Store::LinkRepository(m_store->db()).fromSource(sourceId));
    if (!stored) {
        return refusal(stored.error());
    }
    MentionChange change;
    QSet<QString> kept;
    for (const Model::Link &l : *stored) {
        if (wanted.contains(l.to.articleId) && !kept.contains(l.to.articleId)) {
            kept.insert(l.to.articleId);
        } else {
            change.removed.append(l);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &to : std::as_const(wanted)) {
        if (kept.contains(to)) {
            continue;
        }
        Model::Link l;
        l.id = Store::Codec::newId();
        l.from = from;
        l.to = Model::LinkEnd {to, {}, {}};
        l.relation = Links::LinkRelation::Mentions;
        l.created = now;
        l.sourceId = sourceId;
        change.added.append(l);
    }
    return change;
}

Store::Result<MentionChange> Library::mentionChanges(const QList<MentionText> &texts) const
{
    MentionChange all;
    for (const MentionText &t : texts) {
        auto one = mentionChange(t.sourceId, t.from, t.text, {}, true);
        if (!one) {
            return one.error();
        }
        all.added += one->added;
        all.removed += one->removed;
    }
    return all;
}

Store::Result<MentionChange> Library::renameChange(const Model::Article &article, const QString &title) const
{
    if (!m_store) {
        return refusal(notOpen());
    }
    const auto mentions = read(Store::LinkRepository(m_store->db()).mentionsOf(article.id));
    if (!mentions) {
        return refusal(mentions.error());
    }
    MentionChange change;
    QSet<QString> done;
    for (const Model::Link &l : *mentions) {
        if (done.contains(l.sourceId)) {
            continue;
        }
        done.insert(l.sourceId);
        const auto note = readAnnotation(l.sourceId);
        if (!note) {
            return refusal(note.error());
        }
        if (*note) {
            Model::Annotation after = **note;
            after.note = Links::WikiLinks::renamed(after.note, article.title, title);
            if (after.note != (*note)->note) {
                change.notes.append({**note, after});
            }
            continue;
        }
        const auto comment = readComment(l.sourceId);
        if (!comment) {
            return refusal(comment.error());
        }
        if (*comment) {
            Model::Comment after = **comment;
            after.body = Links::WikiLinks::renamed(after.body, article.title, title);
            if (after.body != (*comment)->body) {
                change.comments.append({**comment, after});
            }
        }
    }
    return change;
}

Store::Result<std::optional<qsizetype>> Library::readHeadingOffset(
    const QString &articleId, const QString &heading) const
{
    const auto revision = readCurrentRevision(articleId);
    if (!revision) {
        return revision.error();
    }
    if (!*revision) {
        return std::optional<qsizetype>();
    }
    return Links::WikiLinks::headingOffset(**revision, heading);
}

} // namespace Glossa
