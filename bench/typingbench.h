// SPDX-License-Identifier: GPL-3.0-or-later
// Typing a query into a search field letter by letter, each letter timed from the key press to its
// results laid out and painted (the typing pause the field waits for is not counted), with the
// search alone timed for the same text: bench_picker and bench_searchui.
#pragma once

#include "benchstats.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStringList>
#include <QTest>

#include <cstdio>
#include <functional>

namespace Glossa::Bench {

struct TypingTarget {
    QLineEdit *field = nullptr;
    QAbstractItemView *results = nullptr;
    std::function<void()> searchNow; // runs at once the search the typing pause would start
    std::function<int()> rowCount; // the results' rows
    std::function<void(const QString &)> searchAlone; // the search only, for the text typed
};

struct TypingTimes {
    QList<double> keystrokes; // ms, key press to results painted
    QList<double> searches; // ms, the search alone
};

inline TypingTimes typeQueries(const TypingTarget &target, const QStringList &queries)
{
    TypingTimes out;
    qsizetype rows = 0;
    for (const QString &query : queries) {
        target.field->clear();
        target.searchNow();
        QApplication::processEvents();
        for (const QChar c : query) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(target.field, c.toLatin1());
            target.searchNow();
            QApplication::processEvents(); // the view's delayed layout
            target.results->viewport()->repaint();
            out.keystrokes.append(double(t.nsecsElapsed()) / 1e6);
            rows += target.rowCount();
            QElapsedTimer s;
            s.start();
            target.searchAlone(target.field->text());
            out.searches.append(double(s.nsecsElapsed()) / 1e6);
            std::printf("#   %s… %.1f ms (the search: %.1f ms)\n", qPrintable(target.field->text()),
                out.keystrokes.last(), out.searches.last());
        }
        std::printf("# \"%s\": %d rows\n", qPrintable(query), target.rowCount());
    }
    std::printf("# %lld keystrokes, %.1f result rows on average\n", qlonglong(out.keystrokes.size()),
        out.keystrokes.isEmpty() ? 0.0 : double(rows) / double(out.keystrokes.size()));
    std::printf("# the search alone: median %.1f ms, p95 %.1f ms\n", percentile(out.searches, 0.5),
        percentile(out.searches, 0.95));
    return out;
}

} // namespace Glossa::Bench
