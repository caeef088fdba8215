// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "library.h"
#include "model/elide.h"
#include "render/notetext.h"

namespace Glossa {

AnnotationListModel::AnnotationListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(library, &Library::annotationAdded, this, [this](const QString &, const QString &a) { changed(a); });
    connect(library, &Library::annotationChanged, this, [this](const QString &, const QString &a) { changed(a); });
    connect(library, &Library::annotationRemoved, this, [this](const QString &, const QString &a) { changed(a); });
    connect(library, &Library::annotationsReanchored, this, [this](const QString &a) { changed(a); });
    connect(library, &Library::articleRemoved, this, [this](const QString &a) { changed(a); });
    // The library's palette names the colours; the list follows it.
    m_palette = library->palette();
    connect(library, &Library::paletteChanged, this, [this] { setPalette(m_library->palette()); });
}

void AnnotationListModel::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    reload();
}

void AnnotationListModel::setPalette(const Model::Palette &palette)
{
    m_palette = palette;
    if (!m_annotations.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_annotations.size()) - 1), 
            {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleTextRole, SwatchRole});
    }
}

void AnnotationListModel::changed(const QString &articleId)
{
    if (articleId == m_articleId) {
        reload();
    }
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_previews.clear();
    m_annotations
        = (m_library && !m_articleId.isEmpty()) ? m_library->annotations(m_articleId) : QList<Model::Annotation> {};
    m_annotations.removeIf([](const Model::Annotation &a) { return !Model::isReaderAnnotation(a); });
    Model::sortInTextOrder(m_annotations);
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Model::Annotation &a = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // The colour's meaning in words beside its swatch: a colour alone says nothing to someone who
        // does not remember the palette (or cannot tell the shades apart).
        QString text = m_palette.labelFor(a.color) + QStringLiteral(" \u00B7 \u201C")
            + Model::elided(a.selector.exact.simplified(), 140) + u'\u201D';
        if (!a.note.isEmpty()) {
            auto preview = m_previews.constFind(a.note);
            if (preview == m_previews.cend()) {
                preview = m_previews.insert(a.note, Render::NoteText::plain(a.note).simplified());
            }
            text += u'\n' + Model::elided(*preview, 120);
        }
        return text;
    }
    case Qt::ToolTipRole: {
        const auto c = m_palette.color(a.color);
        QString tip = c ? m_palette.displayLabel(*c) : tr("%1 (no longer in the palette)").arg(a.color);
        if (a.anchor.status == Model::AnchorStatus::Fuzzy) {
            tip += u'\n'
                //: %1 is how sure Glossa is, in percent, that this is still the annotated passage.
                + tr("The text changed here since this annotation was made (confidence %1%).")
                      .arg(qRound(a.anchor.score * 100));
        } else if (a.textChanged()) {
            tip += u'\n' + tr("The text changed here since this annotation was made.");
        }
        if (!a.originalQuote.isEmpty()) {
            //: The words that were marked, before the article changed them.
            tip += u'\n' + tr("It read: “%1”").arg(a.originalQuote.simplified());
        }
        if (a.anchor.status == Model::AnchorStatus::Orphan) {
            tip += u'\n' + tr("This passage is no longer in the article. Select new text and re-attach it.");
        }
        if (a.isPrivate) {
            tip += u'\n' + Model::privateLabel();
        }
        return tip;
    }
    case SwatchRole: {
        // Not a Qt::DecorationRole QColor: the app layer has no QtGui; the Annotations pane paints it.
        const auto c = m_palette.color(a.color);
        return QVariant::fromValue(c ? c->color : Model::Palette::fallbackColor());
    }
    case Qt::AccessibleTextRole: {
        //: What a screen reader says for a row of the Annotations pane: %1 the colour's meaning, %2 the passage.
        const QString spoken = tr("%1: %2").arg(m_palette.labelFor(a.color), a.selector.exact.simplified());
        return a.isPrivate ? spoken + QStringLiteral(" (") + Model::privateLabel() + u')' : spoken;
    }
    case IsPrivateRole:
        return a.isPrivate;
    case IdRole:
        return a.id;
    case QuoteRole:
        return a.selector.exact;
    case ColorRole:
        return a.color;
    case NoteRole:
        return a.note;
    case TagsRole:
        return a.tags;
    case StatusRole:
        return Model::anchorStatusName(a.anchor.status);
    case IsOrphanRole:
        return !a.anchor.isAnchored();
    case StartRole:
        return a.anchor.start;
    case ScoreRole:
        return a.anchor.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert({{IdRole, "annotationId"}, {QuoteRole, "quote"}, {ColorRole, "color"}, {NoteRole, "note"},
        {TagsRole, "tags"}, {StatusRole, "status"}, {IsOrphanRole, "orphan"}, {StartRole, "start"},
        {ScoreRole, "score"}, {SwatchRole, "swatch"}, {IsPrivateRole, "private"}});
    return roles;
}

QModelIndex AnnotationListModel::indexForId(const QString &id) const
{
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations[i].id == id) {
            return index(int(i));
        }
    }
    return {};
}

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

QString AnnotationFilterModel::foldForSearch(const QString &text)
{
    // Canonical decomposition, then drop the combining marks: "Libertà" → "liberta".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out += c;
        }
    }
    return out.toCaseFolded();
}

void AnnotationFilterModel::setAnchoring(Anchoring anchoring)
{
    m_anchoring = anchoring;
    invalidateFilter();
}

void AnnotationFilterModel::setColor(const QString &colorName)
{
    m_color = colorName;
    invalidateFilter();
}

void AnnotationFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterModel::setText(const QString &text)
{
    m_text = foldForSearch(text.trimmed());
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool orphan = i.data(AnnotationListModel::IsOrphanRole).toBool();
    if ((m_anchoring == Anchoring::Anchored && orphan) || (m_anchoring == Anchoring::Orphans && !orphan)) {
        return false;
    }
    if (!m_color.isEmpty() && i.data(AnnotationListModel::ColorRole).toString() != m_color) {
        return false;
    }
    const QStringList tags = i.data(AnnotationListModel::TagsRole).toStringList();
    if (!m_tag.isEmpty() && !tags.contains(m_tag, Qt::CaseInsensitive)) {
        return false;
    }
    if (!m_text.isEmpty()) {
        const QString haystack = foldForSearch(i.data(AnnotationListModel::QuoteRole).toString() + u'\n'
            + i.data(AnnotationListModel::NoteRole).toString() + u'\n' + tags.join(u' '));
        if (!haystack.contains(m_text)) {
            return false;
        }
    }
    return true;
}

} // namespace Glossa
