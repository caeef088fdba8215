// SPDX-License-Identifier: GPL-3.0-or-later
// What counts as a `#tag` in a note (Model::NoteTags), and how a note's tags follow its text while
// the tags added by hand stay.
#include "model/notetags.h"

#include <QTest>

using namespace Glossa::Model;
using namespace Qt::StringLiterals;

class TstNoteTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheTagsOfANote_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("tags");
        QTest::addRow("one") << u"Vedi #storia"_s << QStringList {u"storia"_s};
        QTest::addRow("at the start, accents") << u"#città e #libertà."_s << QStringList {u"città"_s, u"libertà"_s};
        QTest::addRow("dashes and slashes")
            << u"#guerra-fredda, #fonti/primarie-"_s << QStringList {u"guerra-fredda"_s, u"fonti/primarie"_s};
        QTest::addRow("once, first spelling") << u"#Storia e #storia"_s << QStringList {u"Storia"_s};
        QTest::addRow("in brackets") << u"(#corea)"_s << QStringList {u"corea"_s};
        QTest::addRow("heading is not a tag") << u"# Titolo\n\n## Sezione"_s << QStringList {};
        QTest::addRow("number is not a tag") << u"punto #1 e #2024"_s << QStringList {};
        QTest::addRow("url fragment") << u"https://example.org/page#part"_s << QStringList {};
        QTest::addRow("wiki link heading") << u"[[Articolo#Sezione]]"_s << QStringList {};
        QTest::addRow("inline code") << u"`#define X` ma #vero"_s << QStringList {u"vero"_s};
        QTest::addRow("fenced code") << u"```\n#include <x>\n```\n#dopo"_s << QStringList {u"dopo"_s};
    }

    void findsTheTagsOfANote()
    {
        QFETCH(QString, note);
        QFETCH(QStringList, tags);
        QCOMPARE(NoteTags::inText(note), tags);
    }

    void aTagRemovedFromTheTextGoesAndTagsAddedByHandStay()
    {
        // "fonte" was added by hand; "storia" and "corea" came from the note.
        const QStringList current {u"fonte"_s, u"storia"_s, u"corea"_s};
        const QStringList after = NoteTags::merged(current, u"#storia e #corea"_s, u"#corea e #russia"_s);
        QCOMPARE(after, (QStringList {u"fonte"_s, u"corea"_s, u"russia"_s}));
        // A tag the text still has, in another case, stays as it was.
        QCOMPARE(NoteTags::merged({u"Storia"_s}, u"#Storia"_s, u"#storia"_s), QStringList {u"Storia"_s});
    }

    void typedTagsAreCleaned()
    {
        QCOMPARE(NoteTags::cleaned(u"  #storia "_s), u"storia"_s);
        QCOMPARE(NoteTags::cleaned(u"due parole"_s), QString());
        QCOMPARE(NoteTags::cleaned(u"#"_s), QString());
        QCOMPARE(NoteTags::withoutTag({u"Storia"_s, u"fonti"_s}, u"storia"_s), QStringList {u"fonti"_s});
        QCOMPARE(NoteTags::withTag({u"Storia"_s}, u"storia"_s), QStringList {u"Storia"_s});
    }
};

QTEST_GUILESS_MAIN(TstNoteTags)
#include "tst_notetags.moc"
