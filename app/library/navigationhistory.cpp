// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

#include <algorithm>

namespace Glossa {

namespace {

// After entries were taken out: neighbours for one article become one (the nearer one stays).
void collapse(QList<HistoryEntry> &stack, const QString &current)
{
    while (!stack.isEmpty() && stack.first().articleId == current) {
        stack.removeFirst();
    }
    for (qsizetype i = stack.size() - 1; i > 0; --i) {
        if (stack[i].articleId == stack[i - 1].articleId) {
            stack.removeAt(i);
        }
    }
}

} // namespace

NavigationHistory::NavigationHistory(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void NavigationHistory::push(QList<HistoryEntry> &stack, const HistoryEntry &entry) const
{
    stack.prepend(entry);
    if (stack.size() > m_capacity) {
        stack.resize(m_capacity); // the oldest go
    }
}

void NavigationHistory::visit(const QString &articleId, qsizetype leftAt, bool samePlaceToo)
{
    if (articleId.isEmpty() || (articleId == m_current && !samePlaceToo)) {
        return;
    }
    if (!m_current.isEmpty()) {
        push(m_back, {m_current, std::max<qsizetype>(0, leftAt)});
    } else {
        collapse(m_back, articleId); // after the current article was deleted: no step to this one
    }
    m_forward.clear();
    m_current = articleId;
}

std::optional<HistoryEntry> NavigationHistory::move(
    QList<HistoryEntry> &from, QList<HistoryEntry> &to, qsizetype leftAt)
{
    if (from.isEmpty()) {
        return std::nullopt;
    }
    const HistoryEntry entry = from.takeFirst();
    if (!m_current.isEmpty()) {
        push(to, {m_current, std::max<qsizetype>(0, leftAt)});
    }
    m_current = entry.articleId;
    return entry;
}

std::optional<HistoryEntry> NavigationHistory::back(qsizetype leftAt)
{
    return move(m_back, m_forward, leftAt);
}

std::optional<HistoryEntry> NavigationHistory::forward(qsizetype leftAt)
{
    return move(m_forward, m_back, leftAt);
}

void NavigationHistory::remove(const QString &articleId)
{
    const auto gone = [&](const HistoryEntry &e) {
        return e.articleId == articleId;
    };
    m_back.removeIf(gone);
    m_forward.removeIf(gone);
    if (m_current == articleId) {
        m_current.clear();
    }
    collapse(m_back, m_current);
    collapse(m_forward, m_current);
}

void NavigationHistory::clear()
{
    m_current.clear();
    m_back.clear();
    m_forward.clear();
}

} // namespace Glossa
