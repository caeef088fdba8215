// SPDX-License-Identifier: GPL-3.0-or-later
// [[wiki links]] from the terminal: `glossa annotate --note` and `glossa comment --body` with a
// `[[Title]]` that two articles share are refused with a sentence naming both ids and store
// nothing; `[[id:ARTICLE|Title]]` says which, and `glossa links` then lists the "mentions" link as a
// backlink of the article named.
#include "helpers/glossaprocess.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "store/linkrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstWikiLinksCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_source;
    QString m_twinA;
    QString m_twinB;

    Test::Run glossa(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, m_library});
    }

    // Every annotation, comment and link of the three articles.
    QByteArray stored()
    {
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        if (library.open(m_library, options).failed()) {
            return {};
        }
        QByteArray out;
        for (const QString &article : {m_source, m_twinA, m_twinB}) {
            for (const Model::Annotation &a : library.annotations(article)) {
                out += a.id.toUtf8() + a.note.toUtf8();
            }
            for (const Model::Comment &c : library.comments(article)) {
                out += c.id.toUtf8();
            }
            out += QByteArray::number(library.links(article).size());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library"_s);
        Library library;
        QVERIFY(Test::openNewLibrary(library, m_library));
        const auto add = [&](const QString &title, const QString &text) {
            Model::Article a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.title = title;
            a.created = a.updated = QDateTime::currentDateTimeUtc();
            Model::Block b;
            b.text = text;
            return library.addArticle(a, Model::Revision::fromBlocks({b})) ? a.id : QString();
        };
        m_source = add(u"Notes"_s, u"Two articles share a title, and this one says so."_s);
        m_twinA = add(u"Twin"_s, u"The first one."_s);
        m_twinB = add(u"Twin"_s, u"The second one."_s);
        QVERIFY(!m_source.isEmpty() && !m_twinA.isEmpty() && !m_twinB.isEmpty());
    }

    void anAmbiguousTitleIsRefusedAndNothingStored()
    {
        const QByteArray before = stored();
        QVERIFY(!before.isEmpty());
        const Test::Run note
            = glossa({u"annotate"_s, m_source, u"--quote"_s, u"share a title"_s, u"--note"_s, u"As [[twin]] says."_s});
        QVERIFY(note.exitCode != 0);
        QVERIFY2(note.err.contains(m_twinA) && note.err.contains(m_twinB) && note.err.contains(u"[[id:"_s),
            qPrintable(note.err));
        const Test::Run comment = glossa({u"comment"_s, m_source, u"--body"_s, u"Which [[Twin]]?"_s});
        QVERIFY(comment.exitCode != 0);
        QVERIFY2(comment.err.contains(m_twinA) && comment.err.contains(m_twinB), qPrintable(comment.err));
        QCOMPARE(stored(), before);

        // --help says how to name one.
        const Test::Run help = glossa({u"annotate"_s, u"--help"_s});
        QVERIFY2(help.outText().contains(u"[[id:ARTICLE|Title]]"_s) || help.err.contains(u"[[id:ARTICLE|Title]]"_s),
            qPrintable(help.outText() + help.err));
    }

    void anIdSaysWhichAndShowsAsABacklink()
    {
        const Test::Run note = glossa({u"annotate"_s, m_source, u"--quote"_s, u"share a title"_s, u"--note"_s,
            u"As [[id:%1|Twin]] says."_s.arg(m_twinB)});
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));
        const QString annotation = note.outText().trimmed();
        const Test::Run links = glossa({u"links"_s, m_twinB, u"--json"_s});
        QVERIFY2(links.exitCode == 0, qPrintable(links.err));
        const QJsonArray incoming = QJsonDocument::fromJson(links.out).object()[u"incoming"].toArray();
        QCOMPARE(incoming.size(), 1);
        const QJsonObject l = incoming[0].toObject();
        QCOMPARE(l[u"relation"].toString(), u"mentions"_s);
        QCOMPARE(l[u"from"][u"article"].toString(), m_source);
        QCOMPARE(l[u"from"][u"annotation"].toString(), annotation);
        QCOMPARE(l[u"to"][u"article"].toString(), m_twinB);
        QCOMPARE(l[u"source"].toString(), annotation); // the note whose [[ ]] made it
        const Test::Run other = glossa({u"links"_s, m_twinA, u"--json"_s});
        QVERIFY(QJsonDocument::fromJson(other.out).object()[u"incoming"].toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWikiLinksCli)
#include "tst_wikilinkscli.moc"
