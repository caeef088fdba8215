// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspane.h"

#include "library/annotationlistmodel.h"
#include "library/library.h"
#include "library/readonlymode.h"
#include "widgets/colorswatch.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Glossa::Ui {

namespace {
constexpr int LockWidth = 16; // the room a private row's lock takes at its right

// The list model gives each annotation's colour as a GUI-free Model::Rgb (SwatchRole); this paints it
// as the default delegate paints a QColor decoration: a filled square before the text. A private
// annotation gets a small lock at the row's right (its tooltip and accessible text say so in words).
class ColorDecorationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(AnnotationListModel::IsPrivateRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem text = option;
        text.rect.adjust(0, 0, -LockWidth, 0);
        QStyledItemDelegate::paint(painter, text, index);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        const QRectF body(option.rect.right() - LockWidth + 4.5, option.rect.top() + 9.5, 9, 7);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ink, 1.6));
        painter->setBrush(Qt::NoBrush);
        // The shackle: an arch over the body.
        painter->drawArc(QRectF(body.left() + 1.5, body.top() - 5, 6, 9), 0, 180 * 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink);
        painter->drawRoundedRect(body, 1.5, 1.5);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(AnnotationListModel::IsPrivateRole).toBool()) {
            return QStyledItemDelegate::sizeHint(option, index);
        }
        QStyleOptionViewItem text = option;
        text.rect.adjust(0, 0, -LockWidth, 0);
        return QStyledItemDelegate::sizeHint(text, index) + QSize(LockWidth, 0);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant value = index.data(AnnotationListModel::SwatchRole);
        if (value.metaType() == QMetaType::fromType<Model::Rgb>()) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            QPixmap pixmap(option->decorationSize);
            pixmap.fill(toQColor(value.value<Model::Rgb>()));
            option->icon = QIcon(pixmap);
        }
    }
};

QListView *makeList(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setModel(model);
    view->setItemDelegate(new ColorDecorationDelegate(view));
    view->setAccessibleName(name);
    view->setWordWrap(true);
    view->setSpacing(3);
    view->setTextElideMode(Qt::ElideRight);
    view->setIconSize(QSize(12, 12));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Word-wrapped rows are measured one by one: an article with thousands of annotations is laid
    // out a batch at a time between events, so the window does not wait for the whole list.
    view->setLayoutMode(QListView::Batched);
    view->setBatchSize(200);
    return view;
}
} // namespace

AnnotationsPane::AnnotationsPane(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new AnnotationListModel(library, this))
    , m_anchored(new AnnotationFilterModel(this))
    , m_orphans(new AnnotationFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_color(new QComboBox(this))
    , m_orphanLabel(new QLabel(this))
    , m_reattach(new QPushButton(tr("Re-attach to Selection"), this))
    , m_pageNote(new QLabel(this))
{
    m_anchored->setSourceModel(m_model);
    m_anchored->setAnchoring(AnnotationFilterModel::Anchoring::Anchored);
    m_orphans->setSourceModel(m_model);
    m_orphans->setAnchoring(AnnotationFilterModel::Anchoring::Orphans);
    m_list = makeList(m_anchored, tr("Annotations"), this);
    m_orphanList = makeList(m_orphans, tr("Orphaned annotations"), this);

    m_filter->setPlaceholderText(tr("Filter by text or tag…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter annotations"));
    m_color->setAccessibleName(tr("Filter by colour"));
    m_color->view()->setAccessibleName(tr("Colours"));
    m_orphanLabel->setWordWrap(true);
    m_reattach->setToolTip(tr("Attach the selected orphan to the text selected in the reader"));
    ReadOnlyMode::markWriting(m_reattach);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_color);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_pageNote);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_orphanLabel);
    layout->addWidget(m_orphanList, 1);
    layout->addWidget(m_reattach);

    m_pageNote->setObjectName(QStringLiteral("pageNote"));
    m_pageNote->setWordWrap(true);
    m_pageNote->setTextFormat(Qt::RichText);
    m_pageNote->setAccessibleName(tr("Note on the article"));
    m_pageNote->setStyleSheet(
        QStringLiteral("QLabel { border-left: 3px solid palette(highlight); padding-left: 6px; }"));
    m_pageNote->hide();
    connect(m_pageNote, &QLabel::linkActivated, this, &AnnotationsPane::pageNoteEditRequested);
    connect(library, &Library::articleChanged, this, [this](const QString &id) {
        if (id == m_articleId) {
            updatePageNote();
        }
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // "#tag" filters by tag, anything else by text.
        if (text.startsWith(u'#') && !text.contains(u' ')) {
            m_anchored->setText({});
            m_orphans->setText({});
            m_anchored->setTag(text.mid(1));
            m_orphans->setTag(text.mid(1));
        } else {
            m_anchored->setTag({});
            m_orphans->setTag({});
            m_anchored->setText(text);
            m_orphans->setText(text);
        }
        updateOrphans();
    });
    connect(m_color, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_color->currentData().toString();
        m_anchored->setColor(name);
        m_orphans->setColor(name);
        updateOrphans();
    });
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid()) {
            Q_EMIT activated(index.data(AnnotationListModel::IdRole).toString());
        }
    };
    connect(m_list, &QListView::activated, this, activate);
    connect(m_list, &QListView::clicked, this, activate);
    connect(m_orphanList, &QListView::clicked, this, activate);
    for (QListView *view : {m_list, m_orphanList}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QListView::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos).isValid() ? view->indexAt(pos) : view->currentIndex();
            if (index.isValid()) {
                Q_EMIT menuRequested(index.data(AnnotationListModel::IdRole).toString(),
                    view->viewport()->mapToGlobal(view->visualRect(index).center()));
            }
        });
    }
    connect(m_orphanList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateOrphans(); });
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_orphanList->currentIndex();
        if (index.isValid()) {
            Q_EMIT reattachRequested(index.data(AnnotationListModel::IdRole).toString());
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsPane::updateOrphans);
    // The colour filter lists the library's palette and follows its changes.
    setPalette(library->palette());
    connect(library, &Library::paletteChanged, this, [this, library] { setPalette(library->palette()); });
    updateOrphans();
}

void AnnotationsPane::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    updatePageNote();
    m_model->setArticle(articleId);
    setPalette(m_library->palette()); // which removed colours are still in use may have changed
}

void AnnotationsPane::updatePageNote()
{
    const auto article = m_articleId.isEmpty() ? std::nullopt : m_library->article(m_articleId);
    const QString note = article ? article->note.trimmed() : QString();
    m_pageNote->setVisible(!note.isEmpty());
    if (!note.isEmpty()) {
        // The first lines, as plain text; the reader shows it whole above the article.
        const QString shown = note.size() > 280 ? QString(note.left(280) + u'…') : note;
        m_pageNote->setText(u"<b>" + tr("Article note").toHtmlEscaped() + u"</b> — "
            + shown.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + u" <a href=\"edit\">"
            + tr("Edit").toHtmlEscaped() + u"</a>");
    }
}

void AnnotationsPane::setPalette(const Model::Palette &palette)
{
    m_model->setPalette(palette);
    const QString current = m_color->currentData().toString();
    const QSignalBlocker blocker(m_color);
    m_color->clear();
    m_color->addItem(tr("All colours"), QString());
    for (const Model::PaletteColor &c : palette.colors()) {
        m_color->addItem(
            colorSwatch(c.color, SwatchShape::RoundedRect, QSize(16, 12)), palette.displayLabel(c), c.name);
    }
    // Colours removed from the palette that highlights still use stay findable.
    QStringList removed;
    for (const QString &name : m_library->colorUsage().keys()) {
        if (!name.isEmpty() && !palette.color(name)) {
            removed << name;
        }
    }
    removed.sort();
    for (const QString &name : std::as_const(removed)) {
        m_color->addItem(colorSwatch(Model::Palette::fallbackColor(), SwatchShape::RoundedRect, QSize(16, 12)),
            tr("%1 (not in the palette)").arg(name), name);
    }
    m_color->setCurrentIndex(std::max(0, m_color->findData(current)));
    // A filtered colour that left the palette: show every colour again.
    const QString name = m_color->currentData().toString();
    if (name != current) {
        m_anchored->setColor(name);
        m_orphans->setColor(name);
        updateOrphans();
    }
}

void AnnotationsPane::select(const QString &annotationId)
{
    const QModelIndex source = m_model->indexForId(annotationId);
    const QModelIndex index = m_anchored->mapFromSource(source);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void AnnotationsPane::setSelectionAvailable(bool available)
{
    m_selectionAvailable = available;
    updateOrphans();
}

void AnnotationsPane::updateOrphans()
{
    const int orphans = m_orphans->rowCount();
    m_orphanLabel->setText(orphans == 0
            ? QString()
            : tr("Orphans: %n annotation(s) whose passage is no longer in the article.", nullptr, orphans));
    m_orphanLabel->setVisible(orphans > 0);
    m_orphanList->setVisible(orphans > 0);
    m_reattach->setVisible(orphans > 0);
    m_reattach->setEnabled(m_selectionAvailable && m_orphanList->currentIndex().isValid());
}

} // namespace Glossa::Ui
