// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "library/library.h"
#include "readerbridge.h"
#include "readerpage.h"
#include "readerview.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Glossa::Ui {

FindBar::FindBar(Library *library, ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_reader(reader)
    , m_bridge(reader->readerPage()->bridge())
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in Article"));
    auto *close = new QToolButton(this);
    close->setIcon(
        QIcon::fromTheme(QStringLiteral("dialog-close"), style()->standardIcon(QStyle::SP_DialogCloseButton)));
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAccessibleName(tr("Close"));
    close->setAutoRaise(true);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("Find in the article"));
    m_field->setAccessibleName(tr("Find in the article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up-search"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previous->setAutoRaise(true);
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down-search"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setAutoRaise(true);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(8888).arg(8888)));
    m_count->setAccessibleName(tr("Matches"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(close);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    setFocusProxy(m_field);

    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    // Finds as you type, from the text at the top of the reader on.
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::searchFromTop);
    connect(m_bridge, &ReaderBridge::scrolled, this, [this](const QString &articleId, qsizetype offset) {
        if (articleId == m_articleId) {
            m_topOffset = offset;
        }
    });
    // A new page (another article, a new revision) is searched again, with no match current yet.
    connect(m_bridge, &ReaderBridge::loaded, this, [this] {
        if (!isHidden()) {
            search(-1);
            pushMarks();
        }
    });
    hide();
    showCount();
}

void FindBar::prepare(const QString &articleId)
{
    const auto article = m_library->article(articleId);
    const QString revisionId = article ? article->currentRevisionId : QString();
    if (articleId == m_articleId && revisionId == m_revisionId) {
        return;
    }
    if (articleId != m_articleId) {
        m_topOffset = 0;
    }
    m_articleId = articleId;
    m_revisionId = revisionId;
    const auto revision = m_library->currentRevision(articleId);
    m_finder = Search::FindInText(revision ? revision->canonicalText() : QString());
}

QWidget *FindBar::withReader()
{
    auto *box = new QWidget(m_reader->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_reader, 1);
    layout->addWidget(this);
    return box;
}

void FindBar::addActionsTo(QMenu *menu)
{
    QAction *find = menu->addAction(tr("&Find…"), QKeySequence::Find, this, &FindBar::open);
    find->setStatusTip(tr("Find words in the article, whatever their case and accents"));
    QAction *next = menu->addAction(tr("Find &Next"), QKeySequence::FindNext, this, &FindBar::findNext);
    next->setStatusTip(tr("Go to the next match in the article"));
    QAction *previous = menu->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, this, &FindBar::findPrevious);
    previous->setStatusTip(tr("Go to the previous match in the article"));
}

void FindBar::open()
{
    const bool wasHidden = isHidden();
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (wasHidden) {
        searchFromTop();
    }
}

void FindBar::dismiss()
{
    hide();
    m_matches.clear();
    m_current = -1;
    m_bridge->send({{QStringLiteral("type"), QStringLiteral("findClear")}});
    m_reader->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    step(+1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int direction)
{
    if (isHidden()) {
        open(); // at the first match from the top of the reader, or with the field to type in
        return;
    }
    if (m_matches.isEmpty()) {
        return;
    }
    const int n = int(m_matches.size());
    m_current = m_current < 0 ? (direction > 0 ? 0 : n - 1) : (m_current + direction + n) % n;
    pushCurrent();
    showCount();
}

void FindBar::search(int current)
{
    prepare(m_reader->articleId());
    m_matches = m_finder.find(m_field->text());
    m_current = m_matches.isEmpty() || current < 0 ? -1 : std::min(current, int(m_matches.size()) - 1);
    showCount();
}

void FindBar::searchFromTop()
{
    search(0);
    const auto from = std::find_if(
        m_matches.cbegin(), m_matches.cend(), [this](const Search::TextRange &r) { return r.start >= m_topOffset; });
    m_current = m_matches.isEmpty() ? -1 : from == m_matches.cend() ? 0 : int(from - m_matches.cbegin());
    pushMarks();
}

void FindBar::pushMarks()
{
    QJsonArray ranges;
    for (const Search::TextRange &r : std::as_const(m_matches)) {
        ranges.append(QJsonArray {qint64(r.start), qint64(r.end)});
    }
    m_bridge->send({{QStringLiteral("type"), QStringLiteral("find")}, {QStringLiteral("ranges"), ranges},
        {QStringLiteral("current"), m_current}});
    showCount();
}

void FindBar::pushCurrent()
{
    m_bridge->send({{QStringLiteral("type"), QStringLiteral("findCurrent")}, {QStringLiteral("current"), m_current}});
}

void FindBar::showCount()
{
    const bool nothing = !m_field->text().isEmpty() && m_matches.isEmpty();
    if (m_field->text().isEmpty()) {
        m_count->clear();
    } else if (nothing) {
        m_count->setText(tr("No matches"));
    } else if (m_current < 0) {
        m_count->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    } else {
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    }
    m_count->setAccessibleDescription(m_count->text());
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
    // As Kate does: the field tinted when nothing is found, a red mixed into its own base colour
    // so it reads on light and dark themes alike.
    QPalette p = QApplication::palette(m_field);
    if (nothing) {
        const QColor base = p.color(QPalette::Base);
        const QColor red(220, 50, 47);
        const auto mix = [](int a, int b) {
            return (a * 3 + b) / 4;
        };
        p.setColor(QPalette::Base,
            QColor(mix(base.red(), red.red()), mix(base.green(), red.green()), mix(base.blue(), red.blue())));
    }
    m_field->setPalette(p);
    m_field->setProperty("noMatches", nothing);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Glossa::Ui
