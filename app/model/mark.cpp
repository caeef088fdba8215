// SPDX-License-Identifier: GPL-3.0-or-later
#include "mark.h"

#include <QUrl>

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace Glossa::Model {

namespace {
constexpr std::array kNames = {
    std::pair {MarkKind::Strong, u"strong"},
    std::pair {MarkKind::Emphasis, u"emphasis"},
    std::pair {MarkKind::Code, u"code"},
    std::pair {MarkKind::Strike, u"strike"},
    std::pair {MarkKind::Link, u"link"},
    std::pair {MarkKind::FootnoteRef, u"footnote-ref"},
    std::pair {MarkKind::Cell, u"cell"},
};
} // namespace

QString markKindName(MarkKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind) {
            return QString::fromUtf16(name);
        }
    }
    return QStringLiteral("strong");
}

std::optional<MarkKind> markKindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames) {
        if (name == QStringView(n)) {
            return k;
        }
    }
    return std::nullopt;
}

bool isKeptLinkTarget(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.isRelative()) {
        return false;
    }
    const QString scheme = u.scheme().toLower();
    return ((scheme == u"http" || scheme == u"https") && !u.host().isEmpty()) || scheme == u"mailto";
}

void replaceInMarks(QList<Mark> &marks, qsizetype from, qsizetype removed, qsizetype inserted)
{
    const qsizetype to = from + removed;
    const qsizetype delta = inserted - removed;
    auto move = [&](qsizetype at, bool isEnd) {
        if (at <= from) {
            return at;
        }
        if (at >= to) {
            return at + delta;
        }
        // Inside the replaced range: a start moves to where the replacement starts, an end to where it ends.
        return isEnd ? from + inserted : from;
    };
    for (qsizetype i = marks.size() - 1; i >= 0; --i) {
        Mark &m = marks[i];
        m.start = move(m.start, false);
        m.end = std::max(m.start, move(m.end, true));
        if (m.end == m.start && m.kind != MarkKind::Cell) {
            marks.removeAt(i);
        }
    }
}

void trimWithMarks(QString &text, QList<Mark> &marks)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace()) {
        --end;
    }
    replaceInMarks(marks, end, text.size() - end, 0);
    text.truncate(end);
    qsizetype begin = 0;
    while (begin < text.size() && text[begin].isSpace()) {
        ++begin;
    }
    replaceInMarks(marks, 0, begin, 0);
    text.remove(0, begin);
}

void visitMarked(const QString &text, const QList<Mark> &marks, qsizetype from, qsizetype to, const MarkVisitor &v)
{
    if (to < 0 || to > text.size()) {
        to = text.size();
    }
    from = std::clamp<qsizetype>(from, 0, to);
    // The marks over the range, clipped to it, outer ones (earlier start, later end) first.
    QList<Mark> inRange;
    std::set<qsizetype> bounds {from, to};
    for (const Mark &m : marks) {
        if (m.kind == MarkKind::Cell || m.end <= from || m.start >= to || (v.skip && v.skip(m))) {
            continue;
        }
        Mark c = m;
        c.start = std::max(m.start, from);
        c.end = std::min(m.end, to);
        inRange.append(c);
        bounds.insert(c.start);
        bounds.insert(c.end);
    }
    std::stable_sort(inRange.begin(), inRange.end(),
        [](const Mark &a, const Mark &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });

    QList<const Mark *> open; // innermost last
    qsizetype next = 0; // the first mark of inRange not opened yet
    for (auto it = bounds.cbegin(); it != bounds.cend(); ++it) {
        const qsizetype at = *it;
        // Close what ends here; marks closed only to keep the nesting are opened again.
        const auto firstEnding = std::find_if(open.cbegin(), open.cend(), [at](const Mark *m) { return m->end <= at; });
        if (firstEnding != open.cend()) {
            const qsizetype keep = firstEnding - open.cbegin();
            QList<const Mark *> reopen;
            while (open.size() > keep) {
                const Mark *m = open.takeLast();
                v.close(*m);
                if (m->end > at) {
                    reopen.prepend(m);
                }
            }
            for (const Mark *m : std::as_const(reopen)) {
                v.open(*m);
                open.append(m);
            }
        }
        while (next < inRange.size() && inRange[next].start == at) {
            v.open(inRange[next]);
            open.append(&inRange[next]);
            ++next;
        }
        const auto following = std::next(it);
        if (following != bounds.cend() && *following > at) {
            v.text(QStringView(text).mid(at, *following - at));
        }
    }
    while (!open.isEmpty()) {
        v.close(*open.takeLast());
    }
}

} // namespace Glossa::Model
