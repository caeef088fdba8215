// SPDX-License-Identifier: GPL-3.0-or-later
// NavigationHistory: the articles a reader visited, for Back and Forward (as a browser's history):
// a back stack and a forward stack of {article, reading offset}, with no widgets, so the window's
// Back and Forward and the link feature share one set of rules.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Glossa {

struct HistoryEntry {
    QString articleId;
    qsizetype offset = 0; // where the reader was in the article's text when leaving it (0: the top)

    bool operator==(const HistoryEntry &) const = default;
};

class NavigationHistory
{
public:
    static constexpr qsizetype DefaultCapacity = 100;

    explicit NavigationHistory(qsizetype capacity = DefaultCapacity);

    // The article on screen (empty before the first visit).
    QString current() const { return m_current; }

    // The reader opened `articleId`, leaving the current article at `leftAt`: the current one goes
    // on the back stack and the forward stack is dropped (as in a browser). Visiting the current
    // article again changes nothing, unless `samePlaceToo`: then the place left is recorded too
    // (a link to another passage of the same article).
    void visit(const QString &articleId, qsizetype leftAt, bool samePlaceToo = false);

    // Back: the entry to show, or nothing. The current article, left at `leftAt`, goes on the
    // forward stack, and the entry becomes the current article.
    std::optional<HistoryEntry> back(qsizetype leftAt);
    // Forward: the same the other way.
    std::optional<HistoryEntry> forward(qsizetype leftAt);

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // What Back and Forward would show, nearest first.
    const QList<HistoryEntry> &backEntries() const { return m_back; }
    const QList<HistoryEntry> &forwardEntries() const { return m_forward; }

    // The article was deleted: its entries go (and it is no longer the current one), and two
    // entries for one article that its removal brought together become one.
    void remove(const QString &articleId);
    void clear();

private:
    void push(QList<HistoryEntry> &stack, const HistoryEntry &entry) const;
    std::optional<HistoryEntry> move(QList<HistoryEntry> &from, QList<HistoryEntry> &to, qsizetype leftAt);

    qsizetype m_capacity;
    QString m_current;
    QList<HistoryEntry> m_back; // nearest first
    QList<HistoryEntry> m_forward; // nearest first
};

} // namespace Glossa
