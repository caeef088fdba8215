// SPDX-License-Identifier: GPL-3.0-or-later
// ReaderController's focus: which annotation has it, moving it between highlights in text order
// (J / K, Tab), and what a screen reader says when a highlight gets it; flashing a passage of the text.
#include "annotations/noteeditor.h"
#include "library/library.h"
#include "model/elide.h"
#include "readerbridge.h"
#include "readercontroller.h"
#include "readerpage.h"
#include "readerview.h"

#include <algorithm>
#include <utility>

namespace Glossa::Ui {

void ReaderController::focusAnnotation(const QString &id, bool scroll)
{
    const auto a = m_library->annotation(id);
    if (!a || a->articleId != m_articleId) {
        return;
    }
    m_focused = id;
    m_editor->edit(id, a->selector.exact, a->note, a->isPrivate);
    if (scroll && a->anchor.isAnchored()) {
        m_bridge->scrollTo(id, true);
    }
    m_bridge->setFocusRing(a->anchor.isAnchored() ? id : QString(), announcement(*a));
    Q_EMIT focusedAnnotationChanged(id);
}

bool ReaderController::showRange(qsizetype start, qsizetype end)
{
    if (start < 0 || end <= start || end > m_revision.canonicalText().size()) {
        Q_EMIT message(tr("This passage is no longer in the article's text."));
        return false;
    }
    m_bridge->flashRange(start, end);
    return true;
}

void ReaderController::clearFocus()
{
    if (m_focused.isEmpty()) {
        return;
    }
    m_focused.clear();
    m_editor->clear();
    m_bridge->setFocusRing({}, {});
    Q_EMIT focusedAnnotationChanged({});
}

QList<Model::Annotation> ReaderController::anchoredInTextOrder() const
{
    QList<Model::Annotation> anchored = m_library->annotations(m_articleId);
    anchored.removeIf(
        [](const Model::Annotation &a) { return !a.anchor.isAnchored() || !Model::isReaderAnnotation(a); });
    std::sort(anchored.begin(), anchored.end(), [](const auto &a, const auto &b) {
        return std::pair(a.anchor.start, a.anchor.end) < std::pair(b.anchor.start, b.anchor.end);
    });
    return anchored;
}

QString ReaderController::announcement(const Model::Annotation &a) const
{
    const QList<Model::Annotation> anchored = anchoredInTextOrder();
    qsizetype index = 0;
    while (index < anchored.size() && anchored[index].id != a.id) {
        ++index;
    }
    const QString colorLabel = m_palette.labelFor(a.color);
    const QString quote = Model::elided(a.selector.exact.simplified(), 80);
    if (index == anchored.size()) {
        //: Spoken by screen readers. %1 is the colour's meaning, %2 the passage.
        return tr("Orphaned highlight, %1: “%2”").arg(colorLabel, quote);
    }
    const bool hasNote = !a.note.trimmed().isEmpty();
    const QString text = hasNote
        //: Spoken by screen readers. %1 and %2 count the highlights in text order, %3 is the
        //: colour's meaning, %4 the passage.
        ? tr("Highlight %1 of %2, %3: “%4”, has a note")
        //: Spoken by screen readers. %1 and %2 count the highlights in text order, %3 is the
        //: colour's meaning, %4 the passage.
        : tr("Highlight %1 of %2, %3: “%4”");
    return text.arg(index + 1).arg(anchored.size()).arg(colorLabel, quote);
}

void ReaderController::focusNeighbour(int direction)
{
    const QList<Model::Annotation> anchored = anchoredInTextOrder();
    if (anchored.isEmpty()) {
        return;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < anchored.size(); ++i) {
        if (anchored[i].id == m_focused) {
            index = i;
        }
    }
    index = index < 0 ? (direction > 0 ? 0 : anchored.size() - 1)
                      : (index + direction + anchored.size()) % anchored.size();
    focusAnnotation(anchored[index].id, true);
}

} // namespace Glossa::Ui
