// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectiontoolbar.h"

#include "widgets/colorswatch.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QToolButton>

namespace Glossa::Ui {

SelectionToolbar::SelectionToolbar(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Selection toolbar"));
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(2);
    m_note = addButton(
        tr("Note"), tr("Add a note to the selection (N)"), QIcon::fromTheme(QStringLiteral("document-edit")));
    m_comment = addButton(tr("Comment"), tr("Comment on the selection in the discussion (C)"),
        QIcon::fromTheme(QStringLiteral("mail-reply-sender")));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->hide();
    m_copy = addButton(tr("Copy"), tr("Copy the quote (Ctrl+C)"), QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_note, &QToolButton::clicked, this, &SelectionToolbar::noteRequested);
    connect(m_copy, &QToolButton::clicked, this, &SelectionToolbar::copyRequested);
    connect(m_comment, &QToolButton::clicked, this, &SelectionToolbar::commentRequested);
    setPalette(Model::Palette::defaults());
    hide();
}

QToolButton *SelectionToolbar::addButton(const QString &text, const QString &toolTip, const QIcon &icon)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setAccessibleDescription(toolTip);
    button->setIcon(icon);
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    m_layout->addWidget(button);
    return button;
}

void SelectionToolbar::setPalette(const Model::Palette &palette)
{
    qDeleteAll(m_swatches);
    m_swatches.clear();
    int key = 0;
    for (const Model::PaletteColor &c : palette.colors()) {
        ++key;
        const QString label = palette.displayLabel(c);
        const QString tip
            = key <= 6 ? tr("Highlight as “%1” (%2)").arg(label).arg(key) : tr("Highlight as “%1”").arg(label);
        auto *button = new QToolButton(this);
        button->setIcon(colorSwatch(c.color, SwatchShape::Circle, QSize(32, 32)));
        button->setToolTip(tip);
        // Named by what the colour means and the key that applies it ("Agree (2)"), so a screen
        // reader user learns the key too; the description says what the button does.
        button->setAccessibleName(
            key <= 6 ? tr("%1 (%2)", "a colour's meaning and the key that applies it").arg(label).arg(key) : label);
        button->setAccessibleDescription(tip);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setIconSize(QSize(18, 18));
        const QString name = c.name;
        connect(button, &QToolButton::clicked, this, [this, name] { Q_EMIT colorChosen(name); });
        m_layout->insertWidget(int(m_swatches.size()), button);
        m_swatches.append(button);
    }
    adjustSize();
}

void SelectionToolbar::addActionButton(QAction *action)
{
    QToolButton *button = addButton(action->iconText(), action->toolTip(), action->icon());
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    adjustSize();
}

void SelectionToolbar::setCommentEnabled(bool enabled)
{
    m_comment->setVisible(enabled);
    adjustSize();
}

void SelectionToolbar::showAt(const QRect &selection)
{
    adjustSize();
    const QWidget *area = parentWidget();
    const int margin = 6;
    int x = selection.center().x() - width() / 2;
    int y = selection.top() - height() - margin;
    if (y < 0) {
        y = selection.bottom() + margin; // no room above: below the selection
    }
    if (area) {
        x = std::clamp(x, 0, std::max(0, area->width() - width()));
        y = std::clamp(y, 0, std::max(0, area->height() - height()));
    }
    move(x, y);
    show();
    raise();
}

void SelectionToolbar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (parentWidget()) {
            parentWidget()->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Glossa::Ui
