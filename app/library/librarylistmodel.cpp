// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylistmodel.h"

#include "library.h"

#include <QCollator>
#include <QTimer>

#include <algorithm>

namespace Glossa {

namespace {
const QString kSortSetting = QStringLiteral("libraryList.sort");
// More articles changed at once than this: their counts are read for the whole library in one query.
constexpr qsizetype kFewArticles = 20;
} // namespace

LibraryListModel::LibraryListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    reload();
    // Whole-list reloads: a library list is short, and adding, removing and renaming are rare.
    connect(library, &Library::opened, this, &LibraryListModel::reload);
    connect(library, &Library::articleAdded, this, &LibraryListModel::reload);
    connect(library, &Library::articleRemoved, this, &LibraryListModel::reload);
    connect(library, &Library::articleChanged, this, [this](const QString &id) {
        const auto updated = m_library ? m_library->article(id) : std::nullopt;
        const auto stored = std::find_if(m_all.begin(), m_all.end(), [&](const auto &a) { return a.id == id; });
        if (!updated || stored == m_all.end()) {
            reload();
            return;
        }
        const bool wasShown = indexForId(id).isValid();
        *stored = *updated;
        Q_EMIT tagsChanged();
        if (wasShown != (m_tag.isEmpty() || tagsOf(*updated).contains(m_tag, Qt::CaseInsensitive))) {
            reload(); // tagged or untagged: it comes into the list or leaves it
            return;
        }
        if (const QModelIndex i = indexForId(id); i.isValid()) {
            m_articles[i.row()] = *updated;
            Q_EMIT dataChanged(i, i);
            if (m_sort == Sort::Title) {
                reorder();
            }
        }
    });
    // A merge brought new comments into a watched thread, or they were read: the row says how many.
    connect(library, &Library::unreadChanged, this, [this](const QString &id) {
        m_unread = m_library ? m_library->unreadCounts().valueOr({}) : QHash<QString, int> {};
        if (const QModelIndex i = indexForId(id); i.isValid()) {
            Q_EMIT dataChanged(i, i);
        }
    });
    // The counts follow annotations, comments and links; an import or an undo of many changes
    // reads them once.
    // reads them once: those of the articles changed, or all of them after a link changed (its
    // signal does not say which articles it joined) or when many articles changed.
    const auto countsChanged = [this](const QString &, const QString &articleId) {
        queueCounts(articleId);
    };
    connect(library, &Library::annotationAdded, this, countsChanged);
    connect(library, &Library::annotationChanged, this, countsChanged);
    connect(library, &Library::annotationRemoved, this, countsChanged);
    connect(library, &Library::annotationsReanchored, this, [this](const QString &articleId) { queueCounts(articleId); });
    connect(library, &Library::commentAdded, this, countsChanged);
    connect(library, &Library::commentChanged, this, countsChanged);
    connect(library, &Library::commentRemoved, this, countsChanged);
    connect(library, &Library::linkAdded, this, [this] { queueCounts({}); });
    connect(library, &Library::linkRemoved, this, [this] { queueCounts({}); });
    connect(library, &Library::articleRead, this, [this](const QString &id) {
        m_lastRead = m_library ? m_library->readLastRead().valueOr({}) : QHash<QString, QDateTime> {};
        if (const QModelIndex i = indexForId(id); i.isValid()) {
            Q_EMIT dataChanged(i, i, {LastReadRole});
        }
        if (m_sort == Sort::LastRead) {
            reorder();
        }
    });
}

void LibraryListModel::reload()
{
    beginResetModel();
    m_all = m_library ? m_library->articles() : QList<Model::Article> {};
    m_unread = m_library ? m_library->unreadCounts().valueOr({}) : QHash<QString, int> {};
    m_counts = m_library ? m_library->readArticleCounts().valueOr({}) : decltype(m_counts) {};
    m_lastRead = m_library ? m_library->readLastRead().valueOr({}) : QHash<QString, QDateTime> {};
    m_annotationTags
        = m_library ? m_library->readAnnotationTagsByArticle().valueOr({}) : QHash<QString, QStringList> {};
    const auto stored = m_library ? m_library->setting(kSortSetting) : std::nullopt;
    m_sort = sortFromName(stored.value_or(QString())).value_or(Sort::Added);
    m_articles = shown();
    endResetModel();
    Q_EMIT tagsChanged();
}

QList<Model::Article> LibraryListModel::shown() const
{
    QList<Model::Article> out;
    out.reserve(m_all.size());
    for (const Model::Article &a : m_all) {
        if (m_tag.isEmpty() || tagsOf(a).contains(m_tag, Qt::CaseInsensitive)) {
            out.append(a);
        }
    }
    // Stable: ties keep the library's order (date added).
    switch (m_sort) {
    case Sort::Added:
        break;
    case Sort::Title: {
        // The user's language's order, numbers as numbers ("9" before "10") where the locale has a
        // collation; case folded first, as the C locale's plain comparison would not.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(out.begin(), out.end(), [&](const Model::Article &a, const Model::Article &b) {
            return collator.compare(a.title.toCaseFolded(), b.title.toCaseFolded()) < 0;
        });
        break;
    }
    case Sort::LastRead:
        std::stable_sort(out.begin(), out.end(), [this](const Model::Article &a, const Model::Article &b) {
            const QDateTime ta = m_lastRead.value(a.id);
            const QDateTime tb = m_lastRead.value(b.id);
            return ta.isValid() && (!tb.isValid() || ta > tb);
        });
        break;
    case Sort::Annotations:
        std::stable_sort(out.begin(), out.end(), [this](const Model::Article &a, const Model::Article &b) {
            return m_counts.value(a.id).annotations > m_counts.value(b.id).annotations;
        });
        break;
    }
    return out;
}

void LibraryListModel::reorder()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    ids.reserve(before.size());
    for (const QModelIndex &i : before) {
        ids << m_articles.value(i.row()).id;
    }
    m_articles = shown();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QModelIndex moved = indexForId(ids[i]);
        after << (moved.isValid() ? index(moved.row(), before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LibraryListModel::queueCounts(const QString &articleId)
{
    if (articleId.isEmpty() || m_countsFor.size() >= kFewArticles) {
        m_allCounts = true;
    } else {
        m_countsFor.insert(articleId);
    }
    if (!m_countsQueued) {
        m_countsQueued = true;
        QTimer::singleShot(0, this, &LibraryListModel::refreshCounts);
    }
}

QStringList LibraryListModel::tagsOf(const Model::Article &article) const
{
    QStringList tags = article.tags;
    for (const QString &tag : m_annotationTags.value(article.id)) {
        if (!tags.contains(tag, Qt::CaseInsensitive)) {
            tags << tag;
        }
    }
    return tags;
}

void LibraryListModel::refreshAnnotationTags()
{
    auto read = m_library ? m_library->readAnnotationTagsByArticle().valueOr({}) : QHash<QString, QStringList> {};
    if (read == m_annotationTags) {
        return;
    }
    m_annotationTags = std::move(read);
    Q_EMIT tagsChanged();
    if (!m_tag.isEmpty()) {
        QList<Model::Article> rows = shown();
        const auto ids = [](const QList<Model::Article> &list) {
            QStringList out;
            for (const Model::Article &a : list) {
                out << a.id;
            }
            return out;
        };
        if (ids(rows) != ids(m_articles)) {
            beginResetModel();
            m_articles = std::move(rows);
            endResetModel();
        }
    }
}

void LibraryListModel::refreshCounts()
{
    m_countsQueued = false;
    refreshAnnotationTags();
    auto counts = m_counts;
    if (!m_library) {
        counts.clear();
    } else if (m_allCounts) {
        counts = m_library->readArticleCounts().valueOr({});
    } else {
        for (const QString &id : std::as_const(m_countsFor)) {
            // The store's own read (one article's indexes), beside the Library's whole-list one.
            const auto one = m_library->store() ? Store::ArticleOverview::countsOf(m_library->store()->db(), id)
                                                : Store::Result<Store::ArticleOverview::Counts>(Store::Error {});
            if (one && *one != Store::ArticleOverview::Counts {}) {
                counts.insert(id, *one);
            } else if (one) {
                counts.remove(id);
            }
        }
    }
    m_allCounts = false;
    m_countsFor.clear();
    if (counts == m_counts) {
        return;
    }
    m_counts = std::move(counts);
    if (!m_articles.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_articles.size()) - 1),
            {HighlightCountRole, NoteCountRole, CommentCountRole, LinkCountRole, AnnotationCountRole, Qt::ToolTipRole,
                Qt::AccessibleDescriptionRole});
    }
    if (m_sort == Sort::Annotations) {
        reorder();
    }
}

void LibraryListModel::setSort(Sort sort)
{
    if (m_library) {
        m_library->setSetting(kSortSetting, sortName(sort)); // a failure is reported by the library
    }
    if (sort != m_sort) {
        m_sort = sort;
        reorder();
    }
}

void LibraryListModel::setTagFilter(const QString &tag)
{
    if (tag.compare(m_tag, Qt::CaseInsensitive) == 0) {
        return;
    }
    beginResetModel();
    m_tag = tag;
    m_articles = shown();
    endResetModel();
}

QList<std::pair<QString, int>> LibraryListModel::tags() const
{
    QHash<QString, std::pair<QString, int>> byKey; // folded name → (name as first seen, articles)
    for (const Model::Article &a : m_all) {
        for (const QString &tag : tagsOf(a)) {
            auto &entry = byKey[tag.toCaseFolded()];
            if (entry.first.isEmpty()) {
                entry.first = tag;
            }
            ++entry.second;
        }
    }
    QList<std::pair<QString, int>> out = byKey.values();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.first.toCaseFolded(), b.first.toCaseFolded()) < 0;
    });
    return out;
}

QString LibraryListModel::countsText(const Store::ArticleOverview::Counts &c)
{
    return QStringList {tr("%n highlight(s)", nullptr, c.highlights), tr("%n note(s)", nullptr, c.notes),
        tr("%n comment(s)", nullptr, c.comments), tr("%n link(s)", nullptr, c.links)}
        .join(QStringLiteral(", "));
}

QString LibraryListModel::sortName(Sort sort)
{
    switch (sort) {
    case Sort::Title:
        return QStringLiteral("title");
    case Sort::LastRead:
        return QStringLiteral("lastRead");
    case Sort::Annotations:
        return QStringLiteral("annotations");
    case Sort::Added:
        break;
    }
    return QStringLiteral("added");
}

std::optional<LibraryListModel::Sort> LibraryListModel::sortFromName(const QString &name)
{
    for (Sort s : {Sort::Added, Sort::Title, Sort::LastRead, Sort::Annotations}) {
        if (sortName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Model::Article &a = m_articles.at(index.row());
    const Store::ArticleOverview::Counts counts = m_counts.value(a.id);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = a.title.isEmpty() ? tr("Untitled article") : a.title;
        const int unread = m_unread.value(a.id);
        // Like a mail folder: what is new in a watched discussion shows in the list.
        return unread > 0 ? title + u'\n' + tr("● %n new comment(s)", nullptr, unread) : title;
    }
    case Qt::ToolTipRole:
        return QString(
            (a.byline.isEmpty() ? a.title : tr("%1\nby %2").arg(a.title, a.byline)) + u'\n' + countsText(counts));
    case Qt::AccessibleDescriptionRole:
        return countsText(counts);
    case UnreadRole:
        return m_unread.value(a.id);
    case IdRole:
        return a.id;
    case BylineRole:
        return a.byline;
    case LanguageRole:
        return a.language;
    case SiteRole:
        return a.site;
    case TagsRole:
        return a.tags;
    case AddedRole:
        return a.created;
    case LastReadRole:
        return m_lastRead.value(a.id);
    case HighlightCountRole:
        return counts.highlights;
    case NoteCountRole:
        return counts.notes;
    case CommentCountRole:
        return counts.comments;
    case LinkCountRole:
        return counts.links;
    case AnnotationCountRole:
        return counts.annotations;
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(IdRole, "articleId");
    roles.insert(BylineRole, "byline");
    roles.insert(LanguageRole, "language");
    roles.insert(SiteRole, "site");
    roles.insert(UnreadRole, "unreadComments");
    roles.insert(TagsRole, "tags");
    roles.insert(AddedRole, "added");
    roles.insert(LastReadRole, "lastRead");
    roles.insert(HighlightCountRole, "highlights");
    roles.insert(NoteCountRole, "notes");
    roles.insert(CommentCountRole, "comments");
    roles.insert(LinkCountRole, "links");
    roles.insert(AnnotationCountRole, "annotations");
    return roles;
}

QModelIndex LibraryListModel::indexForId(const QString &id) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i].id == id) {
            return index(int(i));
        }
    }
    return {};
}

} // namespace Glossa
