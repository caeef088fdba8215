// SPDX-License-Identifier: GPL-3.0-or-later
// The small toolbar that appears at a selection in the reader: one swatch per palette colour
// (keys 1–6), a note button (N), a comment button (C, shown once the window takes comments) and
// "copy quote". It only reports choices; the window acts on them.
#pragma once

#include "model/palette.h"

#include <QFrame>

class QHBoxLayout;
class QToolButton;

namespace Glossa::Ui {

class SelectionToolbar final : public QFrame
{
    Q_OBJECT

public:
    explicit SelectionToolbar(QWidget *parent);

    void setPalette(const Model::Palette &palette);
    // Shows the toolbar above `selection` (in parent coordinates), or below it when there is no
    // room above, always inside the parent.
    void showAt(const QRect &selection);
    // Shows or hides the Comment button.
    void setCommentEnabled(bool enabled);
    // A button for another feature's action on the selection ("Link to…"), after the others.
    void addActionButton(QAction *action);

Q_SIGNALS:
    void colorChosen(const QString &colorName);
    void noteRequested();
    void copyRequested();
    void commentRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QToolButton *addButton(const QString &text, const QString &toolTip, const QIcon &icon);

    QHBoxLayout *m_layout;
    QList<QToolButton *> m_swatches;
    QToolButton *m_note;
    QToolButton *m_comment;
    QToolButton *m_copy;
};

} // namespace Glossa::Ui
