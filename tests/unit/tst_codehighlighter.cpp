// SPDX-License-Identifier: GPL-3.0-or-later
// Code blocks highlighted through KSyntaxHighlighting without changing their text.
#include "render/codehighlighter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Glossa::Render;

namespace {
QString textOf(const QString &html)
{
    // Strip the spans and unescape: what the reader's DOM text will be.
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}
} // namespace

class TstCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fenceNamesFindDefinitions_data()
    {
        QTest::addColumn<QString>("fence");
        QTest::addColumn<QString>("definition");
        QTest::addRow("cpp") << QStringLiteral("cpp") << QStringLiteral("C++");
        QTest::addRow("python") << QStringLiteral("python") << QStringLiteral("Python");
        QTest::addRow("py") << QStringLiteral("py") << QStringLiteral("Python");
        QTest::addRow("js") << QStringLiteral("js") << QStringLiteral("JavaScript");
        QTest::addRow("Markdown") << QStringLiteral("markdown") << QStringLiteral("Markdown");
        QTest::addRow("unknown") << QStringLiteral("no-such-language") << QString();
        QTest::addRow("empty") << QString() << QString();
    }
    void fenceNamesFindDefinitions()
    {
        QFETCH(QString, fence);
        QFETCH(QString, definition);
        const CodeHighlighter h;
        QCOMPARE(h.definitionName(fence), definition);
    }

    void highlightingKeepsTheTextAndMarksKeywords()
    {
        const CodeHighlighter h;
        const QString code = QStringLiteral("#include <vector>\n\nint main() {\n    return a < b && c > \"d\";\n}");
        const QString html = h.toHtml(code, QStringLiteral("cpp"));
        QCOMPARE(textOf(html), code);
        QVERIFY2(html.contains(QStringLiteral("<span class=\"hl")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<vector>"))); // escaped, never markup
    }

    void unknownLanguageIsEscapedPlainText()
    {
        const CodeHighlighter h;
        const QString html = h.toHtml(QStringLiteral("<b>x</b> & y"), QStringLiteral("zzz"));
        QCOMPARE(html, QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; y"));
    }

    void styleSheetHasLightAndDarkThemes()
    {
        const CodeHighlighter h;
        const QString css = h.styleSheet();
        QVERIFY(css.contains(QStringLiteral("@media screen and (prefers-color-scheme: dark)")));
        QVERIFY(css.contains(QStringLiteral("pre.code { background: #")));
        // The theme the application chose (data-theme) wins over the system's preference.
        QVERIFY(css.contains(QStringLiteral(":root[data-theme=\"dark\"] pre.code { background: #")));
        QVERIFY(css.contains(QStringLiteral(":root:not([data-theme=\"light\"]) pre.code")));
        // Every class the highlighter emits for C++ has a rule in both themes (light; dark by
        // system preference; dark by the application's choice).
        const QString html = h.toHtml(QStringLiteral("int main() { return 0; } // done"), QStringLiteral("cpp"));
        const QRegularExpression cls(QStringLiteral("class=\"(hl\\d+)\""));
        auto it = cls.globalMatch(html);
        QVERIFY(it.hasNext());
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            QVERIFY2(css.count(u'.' + name + u' ') == 3, qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TstCodeHighlighter)
#include "tst_codehighlighter.moc"
