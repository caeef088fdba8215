// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikilinkcompleter.h"

#include "library/library.h"
#include "links/wikilinks.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace Glossa::Ui {

WikiLinkCompleter::WikiLinkCompleter(Library *library, QPlainTextEdit *edit)
    : QObject(edit)
    , m_library(library)
    , m_edit(edit)
    , m_popup(new QListWidget(edit->viewport()))
{
    m_popup->setObjectName(QStringLiteral("wikiLinkCompleter"));
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setAccessibleName(tr("Article titles"));
    m_popup->setUniformItemSizes(true);
    m_popup->hide();
    connect(m_popup, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { insert(m_popup->row(item)); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &WikiLinkCompleter::update);
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &WikiLinkCompleter::update);
    m_edit->installEventFilter(this);
}

int WikiLinkCompleter::typedStart() const
{
    const QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection()) {
        return -1;
    }
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QLatin1StringView("[["));
    if (open < 0) {
        return -1;
    }
    const QString typed = before.mid(open + 2);
    if (typed.contains(QLatin1StringView("]]")) || typed.contains(u'|') || typed.contains(u'#')
        || typed.contains(u'[')) {
        return -1;
    }
    return int(cursor.block().position() + open + 2);
}

void WikiLinkCompleter::update()
{
    const int start = typedStart();
    if (start < 0) {
        m_popup->hide();
        m_titles.clear();
        return;
    }
    if (m_titles.isEmpty()) {
        for (const Model::Article &a : m_library->articles()) {
            if (!a.title.trimmed().isEmpty()) {
                m_titles.append(a.title.trimmed());
            }
        }
        m_titles.removeDuplicates();
        std::sort(m_titles.begin(), m_titles.end(),
            [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    }
    const QString typed
        = Links::WikiLinks::searchKey(m_edit->toPlainText().mid(start, m_edit->textCursor().position() - start));
    QStringList first;
    QStringList then;
    for (const QString &title : std::as_const(m_titles)) {
        const QString key = Links::WikiLinks::searchKey(title);
        if (key.startsWith(typed)) {
            first.append(title);
        } else if (key.contains(typed)) {
            then.append(title);
        }
    }
    const QStringList shown = (first + then).mid(0, MaxShown);
    if (shown.isEmpty()) {
        m_popup->hide();
        return;
    }
    m_popup->clear();
    m_popup->addItems(shown);
    m_popup->setCurrentRow(0);
    const int rowHeight = m_popup->sizeHintForRow(0);
    const int width = std::max(220, std::min(m_edit->viewport()->width(), m_popup->sizeHintForColumn(0) + 24));
    m_popup->resize(width, rowHeight * int(std::min<qsizetype>(shown.size(), 8)) + 2 * m_popup->frameWidth());
    const QRect caret = m_edit->cursorRect();
    QPoint at = caret.bottomLeft();
    at.setX(std::min(at.x(), std::max(0, m_edit->viewport()->width() - width)));
    if (at.y() + m_popup->height() > m_edit->viewport()->height() && caret.top() > m_popup->height()) {
        at.setY(caret.top() - m_popup->height()); // above the line when there is no room below
    }
    m_popup->move(at);
    m_popup->show();
    m_popup->raise();
}

void WikiLinkCompleter::insert(int row)
{
    const int start = typedStart();
    if (start < 0 || row < 0 || row >= m_popup->count()) {
        return;
    }
    const QString title = m_popup->item(row)->text();
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    cursor.insertText(title);
    // An editor that closed the brackets already keeps its own.
    if (m_edit->toPlainText().mid(cursor.position(), 2) == QLatin1StringView("]]")) {
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor, 2);
    } else {
        cursor.insertText(QStringLiteral("]]"));
    }
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
    m_popup->hide();
}

bool WikiLinkCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        m_popup->hide();
    }
    if (watched != m_edit || event->type() != QEvent::KeyPress || !m_popup->isVisible()) {
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const int row = m_popup->currentRow();
    switch (key->key()) {
    case Qt::Key_Down:
        m_popup->setCurrentRow(std::min(row + 1, m_popup->count() - 1));
        return true;
    case Qt::Key_Up:
        m_popup->setCurrentRow(std::max(row - 1, 0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        insert(row);
        return true;
    case Qt::Key_Escape:
        m_popup->hide();
        return true;
    default:
        return false;
    }
}

} // namespace Glossa::Ui
