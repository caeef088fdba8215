// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a script in a test's reader page and waits for its value, as the UI tests read the page's state.
#pragma once

#include <QString>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

namespace Glossa::Test {

// The script's value, or the string "timeout" when the page does not answer within `timeoutMs`.
inline QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 10'000)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        return QStringLiteral("timeout");
    }
    return result;
}

} // namespace Glossa::Test
