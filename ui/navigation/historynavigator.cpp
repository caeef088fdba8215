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
#include <QMouseEvent>
#include <QStyle>
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
{
    // Alt+Left and Alt+Right (the platform's Back and Forward keys) anywhere in the window, the
    // reader's page included.
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setShortcutContext(Qt::WindowShortcut);
    m_forward->setShortcutContext(Qt::WindowShortcut);
    connect(m_back, &QAction::triggered, this, &HistoryNavigator::goBack);
    connect(m_forward, &QAction::triggered, this, &HistoryNavigator::goForward);
    window->addAction(m_back);
    window->addAction(m_forward);

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

void HistoryNavigator::goBack()
{
    restore(m_history.back(currentOffset()));
}

void HistoryNavigator::goForward()
{
    restore(m_history.forward(currentOffset()));
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
