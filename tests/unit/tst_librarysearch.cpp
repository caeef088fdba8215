// SPDX-License-Identifier: GPL-3.0-or-later
// Searching the library as one types (Search::LibrarySearch), on a small library written for the
// test: titles, passages of the text and notes are found with their article, accents and case do not
// count, the last word is a prefix from its third letter, snippets mark the words found, a title outranks the text,
// hits are grouped by article, and quotes or FTS operators typed are plain words.
#include "anchor/placement.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "search/librarysearch.h"
#include "store/librarystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstLibrarySearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QHash<QString, QString> m_ids; // key → article id

    QString import(const QString &key, const QString &title, const QStringList &paragraphs)
    {
        LibraryImport import(m_library.get());
        const QByteArray markdown = (u"# " + title + u"\n\n" + paragraphs.join(u"\n\n"_s) + u'\n').toUtf8();
        const ImportResult r = import.importBytes(markdown, Ingest::Format::Markdown, u"search-test:"_s + key);
        return r ? r->articleId : QString();
    }

    QList<Search::ArticleHits> search(const QString &text, int limit = 50)
    {
        Search::LibrarySearch engine(m_library->store()->db());
        const auto found = engine.search({text, limit, 3});
        if (!found) {
            qWarning() << found.error().message;
            return {};
        }
        return *found;
    }

    static const Search::Hit *hitOf(
        const QList<Search::ArticleHits> &found, const QString &articleId, Search::Hit::Kind kind)
    {
        for (const Search::ArticleHits &a : found) {
            for (const Search::Hit &h : a.hits) {
                if (h.articleId == articleId && h.kind == kind) {
                    return &h;
                }
            }
        }
        return nullptr;
    }

    static QString bold(const Search::Snippet &s)
    {
        return s.marked(u"["_s, u"]"_s, [](const QString &t) { return t; });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>();
        QVERIFY(Test::openNewLibrary(*m_library, m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        m_ids.insert(u"harbour"_s,
            import(u"harbour"_s, u"Zanzibar harbour reopens"_s,
                {u"The old port of the island welcomed its first ferries since the storm, said the mayor."_s,
                    u"Fishermen were already back at sea before the ferries returned to the quays."_s}));
        m_ids.insert(u"citta"_s,
            import(u"citta"_s, u"Una giornata al porto"_s,
                {u"La città di Genova ha presentato il nuovo piano per il porto e per le banchine storiche."_s,
                    u"Il sindaco ha parlato di Zanzibar, di Zanzibar e ancora di Zanzibar come modello da seguire."_s}));
        m_ids.insert(u"notes"_s,
            import(u"notes"_s, u"Instruments of the orchestra"_s,
                {u"The percussion section of the orchestra keeps the tempo for the other players on stage."_s}));
        for (const QString &id : std::as_const(m_ids)) {
            QVERIFY(!id.isEmpty());
        }
    }

    void cleanup() { m_library.reset(); }

    void findsTitles()
    {
        const auto found = search(u"zanzibar"_s);
        const Search::Hit *title = hitOf(found, m_ids[u"harbour"_s], Search::Hit::Kind::Title);
        QVERIFY(title);
        QCOMPARE(title->articleTitle, u"Zanzibar harbour reopens"_s);
        QCOMPARE(bold(title->snippet), u"[Zanzibar] harbour reopens"_s);
        QCOMPARE(title->start, -1);
    }

    void findsPassagesWithTheirRange()
    {
        const auto found = search(u"fishermen"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].articleId, m_ids[u"harbour"_s]);
        QCOMPARE(found[0].title, u"Zanzibar harbour reopens"_s);
        const Search::Hit *text = hitOf(found, m_ids[u"harbour"_s], Search::Hit::Kind::Text);
        QVERIFY(text);
        const QString canonical = m_library->currentRevision(m_ids[u"harbour"_s])->canonicalText();
        QCOMPARE(canonical.mid(text->start, text->end - text->start),
            u"Fishermen were already back at sea before the ferries returned to the quays."_s);
        QCOMPARE(text->snippet.marks.size(), 1);
        QVERIFY(bold(text->snippet).startsWith(u"[Fishermen] were"_s));
    }

    void findsNotesAndQuotes()
    {
        const QString article = m_ids[u"notes"_s];
        const auto revision = *m_library->currentRevision(article);
        const QString quote = u"percussion section"_s;
        const qsizetype start = revision.canonicalText().indexOf(quote);
        QVERIFY(start > 0);
        Model::Annotation a = Anchor::exactHighlight(revision, start, start + quote.size());
        a.color = u"yellow"_s;
        a.note = u"Compare with the xylophone solo in the second movement."_s;
        const auto id = m_library->addAnnotation(a);
        QVERIFY(id);

        auto found = search(u"xylophone"_s);
        QCOMPARE(found.size(), 1);
        const Search::Hit *note = hitOf(found, article, Search::Hit::Kind::Note);
        QVERIFY(note);
        QCOMPARE(note->annotationId, *id);
        QCOMPARE(note->articleTitle, u"Instruments of the orchestra"_s);
        QCOMPARE(note->start, start);
        QCOMPARE(note->end, start + quote.size());
        QCOMPARE(bold(note->snippet), u"Compare with the [xylophone] solo in the second movement."_s);

        // The words of the quote find it too (besides the article's passage).
        found = search(u"percussion"_s);
        note = hitOf(found, article, Search::Hit::Kind::Note);
        QVERIFY(note);
        QCOMPARE(bold(note->snippet), u"[percussion] section"_s);
        QVERIFY(hitOf(found, article, Search::Hit::Kind::Text));
    }

    void foldsAccentsAndCase()
    {
        for (const QString &query : {u"citta"_s, u"CITTÀ"_s, u"Città"_s}) {
            const auto found = search(query);
            const Search::Hit *text = hitOf(found, m_ids[u"citta"_s], Search::Hit::Kind::Text);
            QVERIFY2(text, qPrintable(query));
            QVERIFY2(bold(text->snippet).contains(u"[città]"_s), qPrintable(bold(text->snippet)));
        }
    }

    void lastWordIsAPrefix()
    {
        QVERIFY(hitOf(search(u"fisherm"_s), m_ids[u"harbour"_s], Search::Hit::Kind::Text));
        QVERIFY(hitOf(search(u"orchestra perc"_s), m_ids[u"notes"_s], Search::Hit::Kind::Text));
        // From its third letter: one or two letters are a whole word (they would match most of a
        // large library), so they find only that word.
        QVERIFY(hitOf(search(u"fis"_s), m_ids[u"harbour"_s], Search::Hit::Kind::Text));
        QVERIFY(search(u"fi"_s).isEmpty());
        QVERIFY(hitOf(search(u"porto di"_s), m_ids[u"citta"_s], Search::Hit::Kind::Text));
        // Only the last: an unfinished word before it must be a whole word.
        QVERIFY(search(u"perc orchestra"_s).isEmpty());
        // Every word must be found.
        QVERIFY(search(u"fishermen orchestra"_s).isEmpty());
        const auto found = search(u"ferr"_s);
        const Search::Hit *text = hitOf(found, m_ids[u"harbour"_s], Search::Hit::Kind::Text);
        QVERIFY(text);
        QVERIFY2(bold(text->snippet).contains(u"[ferries]"_s), qPrintable(bold(text->snippet)));
    }

    void snippetsAreCutAroundTheWords()
    {
        const QString text = u"Lorem ipsum dolor sit amet, "_s.repeated(12) + u"here is the needle we want "_s
            + u"consectetur adipiscing elit. "_s.repeated(12);
        const Search::Snippet s = Search::Snippet::around(
            text, Search::Snippet::queryTerms(u"needle"_s), Search::LibrarySearch::kSnippetWidth);
        QVERIFY(s.text.startsWith(u'…'));
        QVERIFY(s.text.endsWith(u'…'));
        QVERIFY(s.text.size() <= Search::LibrarySearch::kSnippetWidth + 2);
        QCOMPARE(s.marks.size(), 1);
        QCOMPARE(s.text.sliced(s.marks[0].start, s.marks[0].end - s.marks[0].start), u"needle"_s);
        // Marked for rich text, the rest escaped.
        const Search::Snippet html
            = Search::Snippet::around(u"a <b> & needle"_s, Search::Snippet::queryTerms(u"needle"_s), 100);
        QCOMPARE(html.marked(u"<b>"_s, u"</b>"_s, [](const QString &t) { return t.toHtmlEscaped(); }),
            u"a &lt;b&gt; &amp; <b>needle</b>"_s);
    }

    void titlesOutrankTheText()
    {
        // "Zanzibar" is said three times in the Italian article's text, once in the other's title.
        const auto found = search(u"zanzibar"_s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].articleId, m_ids[u"harbour"_s]);
        QCOMPARE(found[0].hits[0].kind, Search::Hit::Kind::Title);
        QCOMPARE(found[1].articleId, m_ids[u"citta"_s]);
        QVERIFY(found[0].rank < found[1].rank);
    }

    void hitsAreGroupedByArticle()
    {
        // "ferries" is in two passages of one article: one article, two hits, best first.
        const auto found = search(u"ferries"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].hits.size(), 2);
        QVERIFY(found[0].hits[0].rank <= found[0].hits[1].rank);
        QCOMPARE(found[0].rank, found[0].hits[0].rank);
        // The limit counts articles.
        QCOMPARE(search(u"the"_s, 1).size(), 1);
        QVERIFY(search(u"the"_s).size() >= 2);
    }

    void theLibrarySearchSyntaxHoldsAndNothingTypedFails()
    {
        // What the picker searches with is the library search (find()): any text typed gives results
        // or none, never an error; what cannot be read as syntax is searched as plain words.
        const QStringList queries = {u"\""_s, u"\"fishermen"_s, u"fishermen AND"_s, u"NEAR(fishermen"_s, u"*"_s,
            u"title:zanzibar"_s, u"-fishermen"_s, u"^fishermen"_s, u"fishermen OR orchestra"_s, u"{title}"_s, u"(("_s,
            u"'"_s, u"fisher*"_s};
        for (const QString &q : queries) {
            Search::LibrarySearch engine(m_library->store()->db());
            const auto found = engine.search({q});
            QVERIFY2(found, qPrintable(q));
        }
        QVERIFY(hitOf(search(u"\"fishermen"_s), m_ids[u"harbour"_s], Search::Hit::Kind::Text));
        QVERIFY(hitOf(search(u"fisher*"_s), m_ids[u"harbour"_s], Search::Hit::Kind::Text));
        // OR finds either word, as in the window's search.
        const auto either = search(u"fishermen OR orchestra"_s);
        QVERIFY(hitOf(either, m_ids[u"harbour"_s], Search::Hit::Kind::Text));
        QVERIFY(hitOf(either, m_ids[u"notes"_s], Search::Hit::Kind::Text));
        QVERIFY(search(u"   "_s).isEmpty());
        QVERIFY(search(u"\"*()"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstLibrarySearch)
#include "tst_librarysearch.moc"
