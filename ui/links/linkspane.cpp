// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkspane.h"

#include "library/library.h"
#include "library/readonlymode.h"
#include "links/linkrelation.h"
#include "links/linkstatus.h"
#include "model/elide.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Glossa::Ui {

namespace {

constexpr qsizetype QuoteGlance = 90; // characters of each end's words a row shows

QString endWords(const Links::LinkEndState &end, bool local)
{
    if (end.isWholeArticle()) {
        return local ? LinksPane::tr("this article") : LinksPane::tr("the whole article");
    }
    return LinksPane::tr("“%1”").arg(Model::elidedAtWord(end.quote().simplified(), QuoteGlance));
}

// Where a relation's group goes: the named relations in their order, then "mentions", then the
// reader's own words alphabetically.
QString groupKey(const QString &relation)
{
    const qsizetype named = Links::LinkRelation::named().indexOf(relation);
    if (named >= 0) {
        return QStringLiteral("0%1").arg(named);
    }
    if (relation == Links::LinkRelation::Mentions) {
        return QStringLiteral("1");
    }
    return QStringLiteral("2") + relation.toLower();
}

QStandardItem *linkRow(const Links::LinkView &view, bool outgoing)
{
    const Links::LinkEndState &local = outgoing ? view.from : view.to;
    const Links::LinkEndState &other = outgoing ? view.to : view.from;
    QString title = other.articleExists ? other.articleTitle : LinksPane::tr("A deleted article");
    if (view.status != Links::LinkStatus::Ok) {
        //: A link's row: the other article's title and the link's status ("dangling").
        title = LinksPane::tr("%1 — %2").arg(title, Links::linkStatusLabel(view.status));
    }
    //: Both ends of a link, in the direction it goes, on two lines of a Links pane row.
    const QString words = outgoing ? LinksPane::tr("%1\n→ %2").arg(endWords(local, true), endWords(other, false))
                                   : LinksPane::tr("%1\n→ %2").arg(endWords(other, false), endWords(local, true));
    auto *row = new QStandardItem(title + u'\n' + words);
    row->setEditable(false);
    row->setData(view.link.id, LinksPane::LinkIdRole);
    row->setData(outgoing ? QStringLiteral("to") : QStringLiteral("from"), LinksPane::FollowSideRole);
    row->setData(Links::linkStatusName(view.status), LinksPane::StatusRole);
    row->setData(other.quote(), LinksPane::OtherQuoteRole);
    row->setData(!view.link.sourceId.isEmpty(), LinksPane::MentionRole);
    QString tip = view.link.note.isEmpty() ? QString() : view.link.note + QStringLiteral("\n\n");
    tip += other.isWholeArticle() ? other.articleTitle : other.quote();
    row->setToolTip(tip);
    return row;
}

QStandardItem *section(const QString &title, const QList<Links::LinkView> &views, bool outgoing)
{
    auto *top = new QStandardItem(QStringLiteral("%1 (%2)").arg(title).arg(views.size()));
    top->setEditable(false);
    QFont bold = top->font();
    bold.setBold(true);
    top->setFont(bold);
    QMap<QString, QStandardItem *> groups;
    for (const Links::LinkView &view : views) {
        const QString key = groupKey(view.link.relation);
        QStandardItem *&group = groups[key];
        if (!group) {
            group = new QStandardItem(Links::LinkRelation::label(view.link.relation));
            group->setEditable(false);
        }
        group->appendRow(linkRow(view, outgoing));
    }
    for (QStandardItem *group : std::as_const(groups)) {
        //: A relation's group in the Links pane and how many links it has: "supports (2)".
        group->setText(LinksPane::tr("%1 (%2)").arg(group->text()).arg(group->rowCount()));
        top->appendRow(group);
    }
    return top;
}

} // namespace

LinksPane::LinksPane(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_retarget(new QPushButton(tr("Re-&target"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setAccessibleName(tr("Links"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    // Three lines a row (the other article's title, then each end's words), each cut to the pane's
    // width: a narrow pane still shows every part, and the tooltip has them in full.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Links and backlinks"));
    // Delete on a row removes its link, as it removes a highlight in the reader.
    auto *remove = new QAction(tr("Remove Link"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &LinksPane::removeCurrent);
    ReadOnlyMode::markWriting(remove);
    m_view->addAction(remove);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No links yet. Links from this article's passages, and backlinks from other "
                        "articles to it, are listed here."));
    m_retarget->setToolTip(tr("Point the link's dangling end (else this article's end) at the passage "
                              "selected in the reader"));
    m_remove->setToolTip(tr("Remove the link"));
    m_retarget->setObjectName(QStringLiteral("retargetLink"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    ReadOnlyMode::markWriting(m_retarget);
    ReadOnlyMode::markWriting(m_remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retarget);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeView::activated, this, &LinksPane::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LinksPane::showMenu);
    connect(m_retarget, &QPushButton::clicked, this, &LinksPane::retargetCurrent);
    connect(m_remove, &QPushButton::clicked, this, &LinksPane::removeCurrent);

    Links::LinkReader::onChange(library, this, [this] { scheduleRefresh(); });
    refreshNow();
}

void LinksPane::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    refreshNow();
}

QString LinksPane::currentLink() const
{
    return m_view->currentIndex().data(LinkIdRole).toString();
}

void LinksPane::setRetargetAvailable(bool available, const QString &hint)
{
    m_retargetAvailable = available;
    m_retargetHint = hint;
    updateButtons();
}

void LinksPane::scheduleRefresh()
{
    if (m_queued) {
        return;
    }
    m_queued = true;
    QMetaObject::invokeMethod(this, &LinksPane::refreshNow, Qt::QueuedConnection);
}

void LinksPane::refreshNow()
{
    m_queued = false;
    const QString current = currentLink();
    m_model->clear();
    int count = 0;
    if (!m_articleId.isEmpty()) {
        const auto links = Links::LinkReader::read(*m_library, m_articleId);
        if (!links) {
            Q_EMIT message(tr("The article's links could not be read: %1").arg(links.error().message));
        } else {
            count = int(links->outgoing.size() + links->incoming.size());
            if (!links->outgoing.isEmpty()) {
                m_model->appendRow(section(tr("Links from this article"), links->outgoing, true));
            }
            if (!links->incoming.isEmpty()) {
                m_model->appendRow(section(tr("Backlinks"), links->incoming, false));
            }
        }
    }
    m_view->expandAll();
    m_view->setVisible(count > 0);
    m_empty->setVisible(count == 0);
    // The link selected before stays selected (a re-target or an undo keeps its id).
    if (!current.isEmpty()) {
        const QModelIndexList hits
            = m_model->match(m_model->index(0, 0), LinkIdRole, current, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!hits.isEmpty()) {
            m_view->setCurrentIndex(hits.first());
        }
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LinksPane::updateButtons,
        Qt::UniqueConnection);
    updateButtons();
    Q_EMIT countChanged(count);
}

bool LinksPane::currentIsMention() const
{
    return m_view->currentIndex().data(MentionRole).toBool();
}

void LinksPane::updateButtons()
{
    const bool link = !currentLink().isEmpty();
    // A [[ ]] link belongs to the words of its note or comment: removed or re-targeted here, it would
    // come back the next time that text is saved, so it changes where it is written.
    const bool mention = currentIsMention();
    m_remove->setEnabled(link && !mention);
    m_retarget->setEnabled(link && !mention && m_retargetAvailable);
    const QString mentionHint = tr("This link is a [[ ]] in a note or comment: edit that text to change it");
    m_remove->setToolTip(mention ? mentionHint : tr("Remove the link"));
    m_retarget->setToolTip(mention ? mentionHint
            : m_retargetAvailable || !link
            ? tr("Point the link's dangling end (else this article's end) at the passage selected in the "
                 "reader")
            : m_retargetHint);
}

void LinksPane::activate(const QModelIndex &index)
{
    const QString link = index.data(LinkIdRole).toString();
    if (!link.isEmpty()) {
        Q_EMIT followRequested(link, index.data(FollowSideRole).toString());
    }
}

void LinksPane::retargetCurrent()
{
    const QString link = currentLink();
    if (link.isEmpty() || currentIsMention()) {
        return;
    }
    if (!m_retargetAvailable) {
        Q_EMIT message(m_retargetHint);
        return;
    }
    Q_EMIT retargetRequested(link);
}

void LinksPane::removeCurrent()
{
    const QString link = currentLink();
    if (link.isEmpty() || currentIsMention()) {
        return;
    }
    if (const Store::Status s = m_library->removeLink(link); !s) {
        Q_EMIT message(tr("The link could not be removed: %1").arg(s.error().message));
    }
}

void LinksPane::copyCurrentQuote()
{
    const QString quote = m_view->currentIndex().data(OtherQuoteRole).toString();
    if (!quote.isEmpty()) {
        QGuiApplication::clipboard()->setText(quote);
    }
}

void LinksPane::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.data(LinkIdRole).toString().isEmpty()) {
        return;
    }
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("&Follow Link"), this, [this, index] { activate(index); });
    const bool mention = currentIsMention();
    QAction *retarget = menu.addAction(tr("Re-&target to Selection"), this, &LinksPane::retargetCurrent);
    retarget->setEnabled(m_retargetAvailable && !mention);
    ReadOnlyMode::markWriting(retarget);
    if (!m_retargetAvailable) {
        retarget->setToolTip(m_retargetHint);
        menu.setToolTipsVisible(true);
    }
    QAction *copy = menu.addAction(tr("&Copy Quote"), this, &LinksPane::copyCurrentQuote);
    copy->setEnabled(!index.data(OtherQuoteRole).toString().isEmpty());
    menu.addSeparator();
    QAction *removeLink = menu.addAction(tr("Re&move Link"), this, &LinksPane::removeCurrent);
    removeLink->setEnabled(!mention);
    ReadOnlyMode::markWriting(removeLink);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Glossa::Ui
