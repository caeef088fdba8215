// SPDX-License-Identifier: GPL-3.0-or-later
// The annotations of one article for the annotations pane, in text order (orphans last), kept in
// step with the library's change signals. AnnotationFilterModel narrows it by colour, tag, text,
// and anchored vs orphan.
#pragma once

#include "model/annotation.h"
#include "model/palette.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace Glossa {

class Library;

class AnnotationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        QuoteRole,
        ColorRole, // the palette name
        NoteRole, // Markdown
        TagsRole, // QStringList
        StatusRole, // "exact", "fuzzy", "orphan"
        IsOrphanRole,
        StartRole,
        ScoreRole,
        SwatchRole, // Model::Rgb to paint: the palette's, or fallbackColor() for a colour it lost
        IsPrivateRole, // left out of exports (the pane shows a lock)
    };

    explicit AnnotationListModel(Library *library, QObject *parent = nullptr);

    void setArticle(const QString &articleId);
    QString articleId() const { return m_articleId; }
    void setPalette(const Model::Palette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Model::Annotation> &annotations() const { return m_annotations; }
    QModelIndex indexForId(const QString &id) const;

private:
    void reload();
    void changed(const QString &articleId);

    QPointer<Library> m_library;
    QString m_articleId;
    QList<Model::Annotation> m_annotations;
    // Each note's preview (its Markdown as one line of plain text), by the note's Markdown.
    mutable QHash<QString, QString> m_previews;
    Model::Palette m_palette = Model::Palette::defaults();
};

class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Anchoring { All, Anchored, Orphans };

    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setAnchoring(Anchoring anchoring);
    void setColor(const QString &colorName); // empty: every colour
    void setTag(const QString &tag); // empty: every tag
    // Matches quote, note and tags; case and accents are ignored ("liberta" finds "libertà").
    void setText(const QString &text);

    static QString foldForSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Anchoring m_anchoring = Anchoring::All;
    QString m_color;
    QString m_tag;
    QString m_text; // folded
};

} // namespace Glossa
