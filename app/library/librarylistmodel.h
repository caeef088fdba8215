// SPDX-License-Identifier: GPL-3.0-or-later
// The library's articles as a list model for the library pane: title for display, with the
// byline, language, article id, tags, dates and each article's counts (highlights, notes, comments,
// links) available through roles. The list can be sorted (title, date added, last read, annotation
// count; the choice is kept in the library's settings) and narrowed to the articles with one tag.
// Counts come from one grouped query for the whole library (Library::readArticleCounts), and are
// read again once per burst of changes: for the few articles whose annotations or comments changed,
// or for the whole library after a link changed or many articles did.
#pragma once

#include "model/article.h"
#include "store/articleoverview.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QSet>

#include <optional>
#include <utility>

namespace Glossa {

class Library;

class LibraryListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // UnreadRole: the article's unread comments (new ones a merge brought into a watched thread).
    // The count roles are ints; AddedRole and LastReadRole QDateTimes (LastRead invalid: never read);
    // Qt::AccessibleDescriptionRole says the counts in words.
    enum Role {
        IdRole = Qt::UserRole + 1,
        BylineRole,
        LanguageRole,
        SiteRole,
        UnreadRole,
        TagsRole,
        AddedRole,
        LastReadRole,
        HighlightCountRole,
        NoteCountRole,
        CommentCountRole,
        LinkCountRole,
        AnnotationCountRole,
    };
    // How the list is ordered. Added: oldest first, the library's own order; LastRead: most
    // recently read first, then the never read in added order; Annotations: most first.
    enum class Sort { Added, Title, LastRead, Annotations };
    Q_ENUM(Sort)

    explicit LibraryListModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForId(const QString &id) const;

    Sort sort() const { return m_sort; }
    // Reorders the list (rows keep their identity: a selection follows its article) and remembers
    // the choice in the library.
    void setSort(Sort sort);
    // Only the articles tagged `tag`, or with an annotation tagged `tag` (compared without case);
    // empty: all of them.
    QString tagFilter() const { return m_tag; }
    void setTagFilter(const QString &tag);
    // Every tag of the library's articles and their annotations, with how many articles have it
    // (on the article or on one of its annotations), by name (without case).
    QList<std::pair<QString, int>> tags() const;

    // The counts in words ("3 highlights, 1 note, 2 comments, 1 link"), for tooltips and screen readers.
    static QString countsText(const Store::ArticleOverview::Counts &counts);
    static QString sortName(Sort sort); // as stored in the settings: "added", "title"…
    static std::optional<Sort> sortFromName(const QString &name);

Q_SIGNALS:
    // The set of tags (or how many articles have each) may have changed.
    void tagsChanged();

private:
    void reload();
    // The shown articles: m_all narrowed to the tag, in the chosen order.
    QList<Model::Article> shown() const;
    // Puts the same rows in the current order, moving persistent indexes with their articles.
    void reorder();
    // Reads the counts of `articleId` again (empty: of every article) once the changes are done.
    void queueCounts(const QString &articleId);
    void refreshCounts();
    // The article's own tags and its annotations'.
    QStringList tagsOf(const Model::Article &article) const;
    // Reads the annotations' tags again; the rows and tag list follow when they changed.
    void refreshAnnotationTags();

    QPointer<Library> m_library;
    QList<Model::Article> m_all; // the library's order (added)
    QList<Model::Article> m_articles; // the rows
    QHash<QString, int> m_unread; // by article id, those that have some
    QHash<QString, Store::ArticleOverview::Counts> m_counts; // those that have some
    QHash<QString, QDateTime> m_lastRead;
    Sort m_sort = Sort::Added;
    QString m_tag;
    QHash<QString, QStringList> m_annotationTags; // the tags of each article's annotations
    bool m_countsQueued = false;
    bool m_allCounts = false; // the next refresh reads every article's
    QSet<QString> m_countsFor; // or these articles'
};

} // namespace Glossa
