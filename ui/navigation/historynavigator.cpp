// SPDX-License-Identifier: GPL-3.0-or-later
#include "historynavigator.h"

#include "library/library.h"
#include "preferences/settings.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <utility>

namespace Glossa::Ui {

HistoryNavigator::HistoryNavigator(Library *library, ReaderView *reader, ReaderController *controller, QWidget *window,
    std::function<void(const QString &)> show)
    : QObject(window)
    , m_library(library)
    , m_reader(reader)
    , m_controller(controller)
    , m_window(window)
    , m_show(std::move(show))
    , m_back(new QAction(
          QIcon::fromTheme(QStringLiteral("go-previous"), window->style()->standardIcon(QStyle::SP_ArrowBack)),
          tr("&Back"), this))
    , m_forward(new QAction(
          QIcon::fromTheme(QStringLiteral("go-next"), window->style()->standardIcon(QStyle::SP_ArrowForward)),
          tr("&Forward"), this))
    , m_backMenu(new QMenu(window))
    , m_forwardMenu(new QMenu(window))
{
    // Alt+Left and Alt+Right (the platform's Back and Forward keys) anywhere in the window, the
    // reader's page included.
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setShortcutContext(Qt::WindowShortcut);
    m_forward->setShortcutContext(Qt::WindowShortcut);
    connect(m_back, &QAction::triggered, this, [this] { goBack(); });
    connect(m_forward, &QAction::triggered, this, [this] { goForward(); });
    window->addAction(m_back);
    window->addAction(m_forward);

    connect(m_backMenu, &QMenu::aboutToShow, this, [this] { fillMenu(m_backMenu, m_history.backEntries(), true); });
    connect(m_forwardMenu, &QMenu::aboutToShow, this,
        [this] { fillMenu(m_forwardMenu, m_history.forwardEntries(), false); });

    connect(library, &Library::articleRemoved, this, [this](const QString &id) {
        m_history.remove(id);
        updateActions();
    });
    connect(library, &Library::articleChanged, this, &HistoryNavigator::updateActions); // a new title
    // A link's passage flashes once its article is on screen.
    connect(reader, &ReaderView::articlePainted, this, [this](const QString &articleId) {
        const QString pending = std::exchange(m_pendingPassage, QString());
        const auto a = pending.isEmpty() ? std::nullopt : m_library->annotation(pending);
        if (a && a->articleId == articleId) {
            m_controller->showPassage(pending);
        }
    });
    // The mouse's back and forward buttons: the web engine's view would otherwise take them for
    // its own page history, so they are caught before any widget of the window sees them.
    qApp->installEventFilter(this);
    updateActions();
}

HistoryNavigator::~HistoryNavigator()
{
    qApp->removeEventFilter(this);
}

qsizetype HistoryNavigator::currentOffset() const
{
    const QString current = m_history.current();
    return current.isEmpty() ? 0 : Settings::readingPosition(current);
}

void HistoryNavigator::articleShown(const QString &articleId)
{
    if (!m_restoring) {
        m_history.visit(articleId, currentOffset());
    }
    updateActions();
}

void HistoryNavigator::navigateTo(const QString &articleId, qsizetype offset)
{
    if (!m_library->article(articleId)) {
        return;
    }
    const QString current = m_history.current();
    const qsizetype leftAt = currentOffset();
    if (offset >= 0) {
        Settings::setReadingPosition(articleId, offset); // the page is served scrolled there
    }
    if (articleId != current) {
        m_show(articleId); // a step, through articleShown()
        return;
    }
    m_history.visit(articleId, leftAt, true);
    if (offset >= 0) {
        m_reader->readerPage()->bridge()->scrollToOffset(offset);
    }
    updateActions();
}

bool HistoryNavigator::navigateToPassage(const QString &annotationId)
{
    const auto a = m_library->annotation(annotationId);
    if (!a) {
        return false;
    }
    const qsizetype offset = a->anchor.isAnchored() ? a->anchor.start : -1;
    if (a->articleId == m_history.current() && m_reader->articleId() == a->articleId) {
        navigateTo(a->articleId, offset);
        m_controller->showPassage(annotationId);
    } else {
        m_pendingPassage = annotationId;
        navigateTo(a->articleId, offset);
    }
    return true;
}

void HistoryNavigator::addTo(QMenu *go, QToolBar *toolbar)
{
    for (const auto &[action, menu] : {std::pair {m_back, m_backMenu}, std::pair {m_forward, m_forwardMenu}}) {
        go->addAction(action);
        toolbar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action))) {
            button->setMenu(menu);
            button->setPopupMode(QToolButton::DelayedPopup);
        }
    }
}

void HistoryNavigator::fillMenu(QMenu *menu, const QList<HistoryEntry> &entries, bool back)
{
    menu->clear();
    for (int i = 0; i < std::min<int>(entries.size(), 15); ++i) {
        QString title = titleOf(entries[i].articleId);
        menu->addAction(title.replace(u'&', QStringLiteral("&&")), this,
            [this, back, i] { back ? goBack(i + 1) : goForward(i + 1); });
    }
}

void HistoryNavigator::goBack(int steps)
{
    // Passing through an article keeps the place it was left at.
    std::optional<HistoryEntry> entry = m_history.back(currentOffset());
    for (int i = 1; entry && i < steps && m_history.canGoBack(); ++i) {
        entry = m_history.back(entry->offset);
    }
    restore(entry);
}

void HistoryNavigator::goForward(int steps)
{
    std::optional<HistoryEntry> entry = m_history.forward(currentOffset());
    for (int i = 1; entry && i < steps && m_history.canGoForward(); ++i) {
        entry = m_history.forward(entry->offset);
    }
    restore(entry);
}

void HistoryNavigator::restore(std::optional<HistoryEntry> entry)
{
    if (!entry) {
        return;
    }
    // The article opens where it was left (the page is served scrolled there), not at its start.
    Settings::setReadingPosition(entry->articleId, entry->offset);
    m_restoring = true;
    m_show(entry->articleId);
    m_restoring = false;
    updateActions();
}

QString HistoryNavigator::titleOf(const QString &articleId) const
{
    const auto article = m_library->article(articleId);
    return article ? article->title : QString();
}

void HistoryNavigator::updateActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
    //: Tool tip of the Back arrow; %1 is the title of the article it goes back to.
    m_back->setToolTip(m_history.canGoBack()
            ? tr("Back to “%1”").arg(titleOf(m_history.backEntries().first().articleId))
            : tr("Back"));
    //: Tool tip of the Forward arrow; %1 is the title of the article it goes forward to.
    m_forward->setToolTip(m_history.canGoForward()
            ? tr("Forward to “%1”").arg(titleOf(m_history.forwardEntries().first().articleId))
            : tr("Forward"));
    m_back->setStatusTip(m_back->toolTip());
    m_forward->setStatusTip(m_forward->toolTip());
}

bool HistoryNavigator::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool back = mouse->button() == Qt::BackButton;
        if (back || mouse->button() == Qt::ForwardButton) {
            const auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->window() == m_window) {
                if (type == QEvent::MouseButtonPress) {
                    back ? goBack() : goForward();
                }
                return true; // the release and double click too: nothing else acts on them
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Glossa::Ui
