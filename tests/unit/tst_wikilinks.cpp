// SPDX-License-Identifier: GPL-3.0-or-later
// [[wiki links]] in notes and comments: what the parser takes for a link (and what it leaves alone:
// escapes, code), the "mentions" links a note or comment keeps in step with its text through edits,
// deletions and their undo, a title that two articles share refused unless the text says which, a
// rename rewriting the titles (undo putting them back), rendering as links the window opens, and
// where a link with a heading opens its article.
#include "anchor/placement.h"
#include "export/markdownexport.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "library/undostack.h"
#include "links/linkrelation.h"
#include "links/wikilinks.h"
#include "render/notehtml.h"
#include "render/pageitems.h"
#include "store/linkrepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Links::WikiLink;
using Links::WikiLinks;

namespace {

Model::Revision revisionOf(const QStringList &headingsAndParagraphs)
{
    QList<Model::Block> blocks;
    for (const QString &text : headingsAndParagraphs) {
        Model::Block b;
        const bool heading = text.startsWith(u"# "_s);
        b.type = heading ? Model::BlockType::Heading : Model::BlockType::Paragraph;
        b.level = heading ? 2 : 0;
        b.text = heading ? text.mid(2) : text;
        blocks.append(b);
    }
    return Model::Revision::fromBlocks(blocks);
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TstWikiLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_source; // the article notes and comments are written on
    QString m_treaty; // "Treaty of Rome"
    QString m_twinA; // two articles called "Twin"
    QString m_twinB;
    QString m_note; // a highlight on m_source

    QString addArticle(const QString &title, const QStringList &blocks)
    {
        Model::Article a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.title = title;
        a.created = a.updated = QDateTime::currentDateTimeUtc();
        if (!m_library->addArticle(a, revisionOf(blocks))) {
            return {};
        }
        return a.id;
    }

    QList<Model::Link> mentionsFrom(const QString &sourceId)
    {
        auto links = Store::LinkRepository(m_library->store()->db()).fromSource(sourceId);
        return links ? *links : QList<Model::Link> {};
    }

    QStringList targetsFrom(const QString &sourceId)
    {
        QStringList out;
        for (const Model::Link &l : mentionsFrom(sourceId)) {
            out << l.to.articleId;
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>();
        QVERIFY(Test::openNewLibrary(*m_library, m_dir.path() + u"/lib-"_s + QUuid::createUuid().toString()));
        m_source = addArticle(u"Notes on Europe"_s, {u"The founding treaties of Europe, read together."_s});
        m_treaty = addArticle(u"Treaty of Rome"_s,
            {u"Signed in 1957 by six countries."_s, u"# The common market"_s, u"A customs union."_s,
                u"# Institutions"_s, u"A commission and a council."_s});
        m_twinA = addArticle(u"Twin"_s, {u"The first article called Twin."_s});
        m_twinB = addArticle(u"Twin"_s, {u"The second article called Twin."_s});
        QVERIFY(!m_source.isEmpty() && !m_treaty.isEmpty() && !m_twinA.isEmpty() && !m_twinB.isEmpty());
        const auto revision = m_library->currentRevision(m_source);
        QVERIFY(revision);
        const auto note = m_library->addAnnotation(Anchor::exactHighlight(*revision, 4, 21));
        QVERIFY(note);
        m_note = *note;
        m_library->undoStack()->clear();
    }

    void cleanup() { m_library.reset(); }

    void parsesEveryForm()
    {
        const QString text = u"See [[Treaty of Rome]], [[ Treaty of Rome |the treaty]], [[Treaty of Rome#The common "
                             u"market]] and [[Treaty of Rome#Institutions|its institutions]]."_s;
        const QList<WikiLink> links = WikiLinks::parse(text);
        QCOMPARE(links.size(), 4);
        QCOMPARE(text.mid(links[0].start, links[0].end - links[0].start), u"[[Treaty of Rome]]"_s);
        QCOMPARE(links[0].title, u"Treaty of Rome"_s);
        QVERIFY(links[0].heading.isEmpty() && links[0].shown.isEmpty());
        QCOMPARE(links[0].label(), u"Treaty of Rome"_s);
        QCOMPARE(links[1].title, u"Treaty of Rome"_s); // trimmed
        QCOMPARE(links[1].shown, u"the treaty"_s);
        QCOMPARE(links[1].label(), u"the treaty"_s);
        QCOMPARE(links[2].heading, u"The common market"_s);
        QCOMPARE(links[2].label(), u"Treaty of Rome › The common market"_s);
        QCOMPARE(links[3].heading, u"Institutions"_s);
        QCOMPARE(links[3].shown, u"its institutions"_s);
        QCOMPARE(text.mid(links[3].titleStart, links[3].titleEnd - links[3].titleStart), u"Treaty of Rome"_s);
        QCOMPARE(text.mid(links[3].start, links[3].end - links[3].start),
            u"[[Treaty of Rome#Institutions|its institutions]]"_s);

        const QList<WikiLink> byId = WikiLinks::parse(u"[[id:abc-123|Twin]]"_s);
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId[0].articleId, u"abc-123"_s);
        QVERIFY(byId[0].title.isEmpty());
        QCOMPARE(byId[0].label(), u"Twin"_s);
    }

    void leavesEscapesCodeAndBrokenOnesAlone()
    {
        QVERIFY(WikiLinks::parse(u"\\[[Treaty of Rome]]"_s).isEmpty());
        QVERIFY(WikiLinks::parse(u"`[[Treaty of Rome]]` and ``a ` [[Twin]]``"_s).isEmpty());
        QVERIFY(WikiLinks::parse(u"```\n[[Treaty of Rome]]\n```\n"_s).isEmpty());
        QVERIFY(WikiLinks::parse(u"[[]] [[ ]] [[#Heading]] [[|shown]]"_s).isEmpty());
        QVERIFY(WikiLinks::parse(u"[[Treaty\nof Rome]]"_s).isEmpty());
        QVERIFY(WikiLinks::parse(u"[[Treaty of Rome"_s).isEmpty());
        // Code ends where it ends: a link after it counts, and an unclosed backtick is plain text.
        QCOMPARE(WikiLinks::parse(u"```\ncode\n```\nthen [[Twin]]"_s).size(), 1);
        QCOMPARE(WikiLinks::parse(u"a ` alone, [[Twin]]"_s).size(), 1);
        QCOMPARE(WikiLinks::parse(u"`code` [[Twin]]"_s).size(), 1);
        // A stray [[ before a real link does not swallow it.
        const QList<WikiLink> links = WikiLinks::parse(u"[[ [[Twin]]"_s);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].title, u"Twin"_s);
    }

    void titlesMatchExactlyCaseAside()
    {
        QCOMPARE(WikiLinks::titleKey(u"  Treaty   of ROME "_s), WikiLinks::titleKey(u"treaty of rome"_s));
        QVERIFY(WikiLinks::titleKey(u"Treaty"_s) != WikiLinks::titleKey(u"Treaty of Rome"_s));
        QCOMPARE(WikiLinks::searchKey(u"Città"_s), u"citta"_s);
    }

    void aNoteKeepsItsMentionLinksInStep()
    {
        QVERIFY(m_library->setAnnotationNote(m_note, u"As [[treaty of rome]] says, and [[Nowhere]]."_s));
        QList<Model::Link> links = mentionsFrom(m_note);
        QCOMPARE(links.size(), 1); // "Nowhere" names no article: no link
        QCOMPARE(links[0].relation, QString(Links::LinkRelation::Mentions));
        QCOMPARE(links[0].from.articleId, m_source);
        QCOMPARE(links[0].from.annotationId, m_note);
        QCOMPARE(links[0].to.articleId, m_treaty);
        QVERIFY(links[0].to.annotationId.isEmpty());
        QCOMPARE(links[0].sourceId, m_note);
        // The Links pane reads it as any link, from the other side too.
        const auto backlinks = m_library->readLinks(m_treaty);
        QVERIFY(backlinks);
        QCOMPARE(backlinks->size(), 1);
        QCOMPARE(backlinks->first().link.relation, u"mentions"_s);
        const QString first = links[0].id;

        // Saving again with the same mention keeps the link; one more adds one; the step is one.
        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->setAnnotationNote(
            m_note, u"[[Treaty of Rome#Institutions|Rome]], [[id:%1|a twin]]"_s.arg(m_twinA)));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        QCOMPARE(targetsFrom(m_note), sorted({m_treaty, m_twinA}));
        QCOMPARE(mentionsFrom(m_note).first().id, first);

        // Editing the mention away removes its link; undo brings back exactly what was.
        QVERIFY(m_library->setAnnotationNote(m_note, u"No links now."_s));
        QVERIFY(targetsFrom(m_note).isEmpty());
        m_library->undoStack()->undo();
        QCOMPARE(targetsFrom(m_note), sorted({m_treaty, m_twinA}));
        QCOMPARE(m_library->annotation(m_note)->note,
            u"[[Treaty of Rome#Institutions|Rome]], [[id:%1|a twin]]"_s.arg(m_twinA));
        m_library->undoStack()->undo();
        QCOMPARE(targetsFrom(m_note), QStringList {m_treaty});
        QCOMPARE(mentionsFrom(m_note).first().id, first);
        m_library->undoStack()->redo();
        m_library->undoStack()->redo();
        QVERIFY(targetsFrom(m_note).isEmpty());
        m_library->undoStack()->undo();

        // Removing the annotation removes its links; undo restores them.
        QVERIFY(m_library->removeAnnotation(m_note));
        QVERIFY(targetsFrom(m_note).isEmpty());
        QVERIFY(m_library->readLinks(m_treaty)->isEmpty());
        m_library->undoStack()->undo();
        QCOMPARE(targetsFrom(m_note), sorted({m_treaty, m_twinA}));
    }

    void anAmbiguousTitleIsRefusedUnlessChosen()
    {
        const int steps = m_library->undoStack()->count();
        const auto refused = m_library->setAnnotationNote(m_note, u"Compare [[twin]]."_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(m_twinA) && refused.error().message.contains(m_twinB),
            qPrintable(refused.error().message));
        QVERIFY(m_library->annotation(m_note)->note.isEmpty()); // nothing stored
        QVERIFY(mentionsFrom(m_note).isEmpty());
        QCOMPARE(m_library->undoStack()->count(), steps);

        // What the window asks: readMentions says which articles the title could be.
        const auto asked = m_library->readMentions(m_note, u"Compare [[twin]]."_s);
        QVERIFY(asked);
        QCOMPARE(asked->size(), 1);
        QCOMPARE(asked->first().candidates, sorted({m_twinA, m_twinB}));

        // Chosen: stored by id; the text stays as typed and saving it again needs no choice.
        QVERIFY(
            m_library->setAnnotationNote(m_note, u"Compare [[twin]]."_s, {{WikiLinks::titleKey(u"Twin"_s), m_twinB}}));
        QCOMPARE(targetsFrom(m_note), QStringList {m_twinB});
        QCOMPARE(m_library->annotation(m_note)->note, u"Compare [[twin]]."_s);
        QVERIFY(m_library->setAnnotationNote(m_note, u"Compare [[Twin]] again."_s));
        QCOMPARE(targetsFrom(m_note), QStringList {m_twinB});
        const auto resolved = m_library->readMentions(m_note, u"[[Twin]]"_s);
        QCOMPARE(resolved->first().articleId, m_twinB);

        // A comment the same way: refused, then by id.
        Model::Comment c;
        c.articleId = m_source;
        c.body = u"Is [[Twin]] right?"_s;
        QVERIFY(!m_library->addComment(c));
        QVERIFY(m_library->comments(m_source).isEmpty());
        c.body = u"Is [[id:%1|Twin]] right?"_s.arg(m_twinA);
        const auto added = m_library->addComment(c);
        QVERIFY(added);
        QCOMPARE(targetsFrom(*added), QStringList {m_twinA});
    }

    void aCommentKeepsItsMentionLinksInStep()
    {
        Model::Comment c;
        c.articleId = m_source;
        c.body = u"Read [[Treaty of Rome]]; this article, [[Notes on Europe]], does not link to itself."_s;
        const auto id = m_library->addComment(c);
        QVERIFY(id);
        QList<Model::Link> links = mentionsFrom(*id);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].from.articleId, m_source);
        QVERIFY(links[0].from.annotationId.isEmpty()); // the whole article: not an inline comment
        QCOMPARE(links[0].to.articleId, m_treaty);

        // An inline comment's mention starts at its passage.
        Model::Comment onPassage;
        onPassage.articleId = m_source;
        onPassage.annotationId = m_note;
        onPassage.body = u"[[Treaty of Rome|one]] [[id:%1]]"_s.arg(m_twinA);
        const auto inlineId = m_library->addComment(onPassage);
        QVERIFY(inlineId);
        QCOMPARE(mentionsFrom(*inlineId).first().from.annotationId, m_note);

        QVERIFY(!m_library->editComment(*id, u"Now [[Twin]]… which one?"_s));
        QCOMPARE(targetsFrom(*id), QStringList {m_treaty});
        QVERIFY(m_library->editComment(*id, u"Now [[id:%1]]."_s.arg(m_twinA)));
        QCOMPARE(targetsFrom(*id), QStringList {m_twinA});
        m_library->undoStack()->undo();
        QCOMPARE(targetsFrom(*id), QStringList {m_treaty});
        QVERIFY(m_library->deleteComment(*id));
        QVERIFY(targetsFrom(*id).isEmpty());
        m_library->undoStack()->undo();
        QCOMPARE(targetsFrom(*id), QStringList {m_treaty});
        m_library->undoStack()->undo(); // the inline comment
        m_library->undoStack()->undo(); // the comment
        QVERIFY(targetsFrom(*id).isEmpty());
        QVERIFY(targetsFrom(*inlineId).isEmpty());
    }

    void importedNotesMakeTheirLinksToo()
    {
        Model::Annotation a = *m_library->annotation(m_note);
        a.note = u"[[Treaty of Rome]] and [[Twin]], which an import cannot ask about."_s;
        Model::Annotation b = a;
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.note = u"[[id:%1]]"_s.arg(m_twinA);
        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->importAnnotations(m_source, {a, b}));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        QCOMPARE(targetsFrom(m_note), QStringList {m_treaty}); // the ambiguous title makes no link
        QCOMPARE(targetsFrom(b.id), QStringList {m_twinA});
        m_library->undoStack()->undo();
        QVERIFY(targetsFrom(m_note).isEmpty());
        QVERIFY(targetsFrom(b.id).isEmpty());
    }

    void aRenameRewritesTheTitlesThatNameIt()
    {
        const QString note = u"[[Treaty of Rome]], [[treaty of rome#Institutions|the institutions]], "
                             u"`[[Treaty of Rome]]` and [[Twin|not this]] [[id:%1]]"_s.arg(m_twinA);
        QVERIFY(m_library->setAnnotationNote(m_note, note, {{WikiLinks::titleKey(u"Twin"_s), m_twinB}}));
        Model::Comment c;
        c.articleId = m_source;
        c.body = u"See [[Treaty of Rome#The common market]]."_s;
        const auto comment = m_library->addComment(c, {}, {{WikiLinks::titleKey(u"Twin"_s), m_twinA}});
        QVERIFY(comment);
        const Model::Annotation before = *m_library->annotation(m_note);
        QVERIFY(!m_library->addAnnotation([&] {
            auto a = before;
            a.id.clear();
            a.note = u"[[Twin]]"_s;
            return a;
        }()));

        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->renameArticle(m_treaty, u"The Treaty of Rome (1957)"_s));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        QCOMPARE(m_library->annotation(m_note)->note,
            u"[[The Treaty of Rome (1957)]], [[The Treaty of Rome (1957)#Institutions|the institutions]], "
            u"`[[Treaty of Rome]]` and [[Twin|not this]] [[id:%1]]"_s.arg(m_twinA));
        QCOMPARE(m_library->annotation(m_note)->updated, before.updated); // nothing else changes
        QCOMPARE(m_library->comment(*comment)->body, u"See [[The Treaty of Rome (1957)#The common market]]."_s);
        QVERIFY(!m_library->comment(*comment)->edited.isValid());
        QCOMPARE(m_library->readMentions(m_note, m_library->annotation(m_note)->note)->first().articleId, m_treaty);

        m_library->undoStack()->undo();
        QCOMPARE(m_library->article(m_treaty)->title, u"Treaty of Rome"_s);
        QCOMPARE(m_library->annotation(m_note)->note, note);
        QCOMPARE(m_library->comment(*comment)->body, u"See [[Treaty of Rome#The common market]]."_s);
        m_library->undoStack()->redo();
        QCOMPARE(m_library->comment(*comment)->body, u"See [[The Treaty of Rome (1957)#The common market]]."_s);

        // The Markdown export writes them as typed, with the title as it is now: Obsidian's links.
        const auto md = Export::MarkdownExport::fromLibrary(*m_library, *m_library->article(m_source), {});
        QVERIFY(md);
        QVERIFY2(
            md->text.contains(u"[[The Treaty of Rome (1957)#Institutions|the institutions]]"_s), qPrintable(md->text));
        QVERIFY(md->text.contains(u"[[The Treaty of Rome (1957)#The common market]]"_s));
    }

    void rendersLinksTheWindowOpens()
    {
        QVERIFY(m_library->setAnnotationNote(m_note,
            u"**See** [[Treaty of Rome#The common market|the market]], [[Nowhere <b>]] and `[[Treaty of Rome]]`."_s));
        const QString html = Render::PageItems::noteHtml(*m_library, m_note, m_library->annotation(m_note)->note);
        const QString href = Render::NoteHtml::articleUrl(m_treaty, u"The common market"_s);
        QCOMPARE(href, u"glossa:article/%1#The%20common%20market"_s.arg(m_treaty));
        QVERIFY2(html.contains(u"<a class=\"wikilink\" data-href=\"%1\">the market</a>"_s.arg(href)), qPrintable(html));
        QVERIFY2(
            html.contains(u"<span class=\"wikilink unresolved\" title=\"No article is called “Nowhere &lt;b&gt;”.\">"
                          u"Nowhere &lt;b&gt;</span>"_s),
            qPrintable(html));
        QVERIFY(html.contains(u"<code>[[Treaty of Rome]]</code>"_s));
        QVERIFY(html.contains(u"<strong>See</strong>"_s));
        const auto url = Render::NoteHtml::parseArticleUrl(href);
        QVERIFY(url);
        QCOMPARE(url->articleId, m_treaty);
        QCOMPARE(url->heading, u"The common market"_s);
        QVERIFY(!Render::NoteHtml::parseArticleUrl(u"https://example.org"_s));

        // The page's annotation item carries the same.
        const QJsonObject item = Render::PageItems::item(*m_library->annotation(m_note), nullptr, m_library.get());
        QVERIFY(item.value(u"noteHtml"_s).toString().contains(href.toHtmlEscaped()));

        // Ambiguous but chosen: the chosen article opens.
        QVERIFY(m_library->setAnnotationNote(m_note, u"[[Twin]]"_s, {{WikiLinks::titleKey(u"Twin"_s), m_twinB}}));
        QVERIFY(Render::PageItems::noteHtml(*m_library, m_note, u"[[Twin]]"_s)
                .contains(Render::NoteHtml::articleUrl(m_twinB)));
    }

    void aHeadingOpensWhereItIs()
    {
        const auto revision = m_library->currentRevision(m_treaty);
        QVERIFY(revision);
        const auto offset = m_library->readHeadingOffset(m_treaty, u"  institutions "_s);
        QVERIFY(offset && *offset);
        QCOMPARE(revision->canonicalText().mid(**offset, 12), u"Institutions"_s);
        QVERIFY(!*m_library->readHeadingOffset(m_treaty, u"Instit"_s)); // no such heading: the top
        QVERIFY(!*m_library->readHeadingOffset(m_treaty, u"A customs union."_s)); // a paragraph is not one
    }
};

QTEST_GUILESS_MAIN(TstWikiLinks)
#include "tst_wikilinks.moc"
