<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Glossa::Cli::AnchorCommand</name>
    <message numerus="yes">
        <source>glossa anchor: %n more unreadable line(s).
</source>
        <translation>
            <numerusform>glossa anchor: %n more unreadable line.
</numerusform>
            <numerusform>glossa anchor: %n more unreadable lines.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::Cli</name>
    <message numerus="yes">
        <source>%1 (%n annotation(s))</source>
        <translation>
            <numerusform>%1 (%n annotation)</numerusform>
            <numerusform>%1 (%n annotations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) of &quot;%2&quot; as W3C Web Annotations
</source>
        <translation>
            <numerusform>%1: %n annotation of &quot;%2&quot; as W3C Web Annotations
</numerusform>
            <numerusform>%1: %n annotations of &quot;%2&quot; as W3C Web Annotations
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>glossa export: %n annotation(s) could not be placed on the printed text and carry no PDF annotation: %1
</source>
        <translation>
            <numerusform>glossa export: %n annotation could not be placed on the printed text and carries no PDF annotation: %1
</numerusform>
            <numerusform>glossa export: %n annotations could not be placed on the printed text and carry no PDF annotation: %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n annotation(s)).
</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n annotation).
</numerusform>
            <numerusform>Wrote %1 (%2, %n annotations).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private annotation(s) left out (--include-private adds them).
</source>
        <translation>
            <numerusform>%n private annotation left out (--include-private adds it).
</numerusform>
            <numerusform>%n private annotations left out (--include-private adds them).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned annotation(s) left out (their passage is no longer in the article).
</source>
        <translation>
            <numerusform>%n orphaned annotation left out (its passage is no longer in the article).
</numerusform>
            <numerusform>%n orphaned annotations left out (their passage is no longer in the article).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) not found</source>
        <translation>
            <numerusform>%n passage not found</numerusform>
            <numerusform>%n passages not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread in what you watch</source>
        <translation>
            <numerusform>%n unread in what you watch</numerusform>
            <numerusform>%n unread in what you watch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n comment(s)</source>
        <translation>
            <numerusform>, %n comment</numerusform>
            <numerusform>, %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with the discussion&apos;s %n comment(s)
</source>
        <translation>
            <numerusform>with the discussion&apos;s %n comment
</numerusform>
            <numerusform>with the discussion&apos;s %n comments
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The discussion&apos;s %n comment(s) are in the appendix.
</source>
        <translation>
            <numerusform>The discussion&apos;s %n comment is in the appendix.
</numerusform>
            <numerusform>The discussion&apos;s %n comments are in the appendix.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” occurs %n time(s) in “%2”, so there is no occurrence %3.
</source>
        <translation>
            <numerusform>“%1” occurs %n time in “%2”, so there is no occurrence %3.
</numerusform>
            <numerusform>“%1” occurs %n times in “%2”, so there is no occurrence %3.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Links from it (%n):</source>
        <translation>
            <numerusform>Link from it (%n):</numerusform>
            <numerusform>Links from it (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Links to it (%n):</source>
        <translation>
            <numerusform>Link to it (%n):</numerusform>
            <numerusform>Links to it (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and the article&apos;s %n link(s)
</source>
        <translation>
            <numerusform>and the article&apos;s %n link
</numerusform>
            <numerusform>and the article&apos;s %n links
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index, which had %n problem(s); the library as it was is in the backup %1.
</source>
        <translation>
            <numerusform>Rebuilt the search index, which had %n problem; the library as it was is in the backup %1.
</numerusform>
            <numerusform>Rebuilt the search index, which had %n problems; the library as it was is in the backup %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library in %1 has %n problem(s):
</source>
        <translation>
            <numerusform>The library in %1 has %n problem:
</numerusform>
            <numerusform>The library in %1 has %n problems:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::LibraryAccess</name>
    <message numerus="yes">
        <source>revision: %1 (%n block(s))</source>
        <translation>
            <numerusform>revision: %1 (%n block)</numerusform>
            <numerusform>revision: %1 (%n blocks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::DeleteArticleCommand</name>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Delete %n article</numerusform>
            <numerusform>Delete %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Export::WebAnnotationImport</name>
    <message numerus="yes">
        <source>%n comment(s) merged into the discussion.</source>
        <translation>
            <numerusform>%n comment merged into the discussion.</numerusform>
            <numerusform>%n comments merged into the discussion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::TextDecoder</name>
    <message numerus="yes">
        <source>%n invalid byte(s) replaced by � (the file is UTF-8, but not throughout)</source>
        <translation>
            <numerusform>%n invalid byte replaced by � (the file is UTF-8, but not throughout)</numerusform>
            <numerusform>%n invalid bytes replaced by � (the file is UTF-8, but not throughout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::LibraryListModel</name>
    <message numerus="yes">
        <source>● %n new comment(s)</source>
        <translation>
            <numerusform>● %n new comment</numerusform>
            <numerusform>● %n new comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Render::PageItems</name>
    <message numerus="yes">
        <source>Comment by %1: %n replies</source>
        <extracomment>The name of an inline comment&apos;s marker and bubble in the article, for screen readers and as its tooltip. %1 is the comment&apos;s author.</extracomment>
        <translation>
            <numerusform>Comment by %1: %n reply</numerusform>
            <numerusform>Comment by %1: %n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Render::ThreadHtml</name>
    <message numerus="yes">
        <source>Score: %n vote(s) in all</source>
        <translation>
            <numerusform>Score: %n vote in all</numerusform>
            <numerusform>Score: %n votes in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n reply)</numerusform>
            <numerusform>(%n replies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n replies</source>
        <translation>
            <numerusform>Show the %n reply</numerusform>
            <numerusform>Show all %n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older reply(ies) not shown</source>
        <translation>
            <numerusform>%n older reply not shown</numerusform>
            <numerusform>%n older replies not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more comments (%n not shown)</source>
        <translation>
            <numerusform>Show more comments (%n not shown)</numerusform>
            <numerusform>Show more comments (%n not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationImportController</name>
    <message numerus="yes">
        <source>%n annotation(s) could not find their passage in this article; the Annotations pane lists them as orphans, ready to be attached to a new selection.</source>
        <translation>
            <numerusform>%n annotation could not find its passage in this article; the Annotations pane lists it as an orphan, ready to be attached to a new selection.</numerusform>
            <numerusform>%n annotations could not find their passage in this article; the Annotations pane lists them as orphans, ready to be attached to a new selection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationsPane</name>
    <message numerus="yes">
        <source>Orphans: %n annotation(s) whose passage is no longer in the article.</source>
        <translation>
            <numerusform>Orphans: %n annotation whose passage is no longer in the article.</numerusform>
            <numerusform>Orphans: %n annotations whose passage is no longer in the article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ArticleActions</name>
    <message numerus="yes">
        <source>Delete %n article(s)?</source>
        <translation>
            <numerusform>Delete %n article?</numerusform>
            <numerusform>Delete %n articles?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s). Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n article. Edit › Undo brings it back.</numerusform>
            <numerusform>Deleted %n articles. Edit › Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Article(s)…</source>
        <translation>
            <numerusform>&amp;Delete %n Article…</numerusform>
            <numerusform>&amp;Delete %n Articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>Include &amp;private notes (%n in this article)</source>
        <translation>
            <numerusform>Include &amp;private notes (%n in this article)</numerusform>
            <numerusform>Include &amp;private notes (%n in this article)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ImportController</name>
    <message numerus="yes">
        <source>Imported %n of %1 file(s).</source>
        <translation>
            <numerusform>Imported %n of %1 file.</numerusform>
            <numerusform>Imported %n of %1 files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. Nothing from them was added to the library.</source>
        <translation>
            <numerusform>%n file could not be imported. Nothing from it was added to the library.</numerusform>
            <numerusform>%n files could not be imported. Nothing from them was added to the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n annotation(s).</source>
        <translation>
            <numerusform>It has %n annotation.</numerusform>
            <numerusform>It has %n annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkMarkers</name>
    <message numerus="yes">
        <source>%n link(s) of the whole article</source>
        <translation>
            <numerusform>%n link of the whole article</numerusform>
            <numerusform>%n links of the whole article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) on this passage</source>
        <translation>
            <numerusform>%n link on this passage</numerusform>
            <numerusform>%n links on this passage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::MainWindow</name>
    <message numerus="yes">
        <source>The library has %n problem(s). Close Glossa and restore a backup from %1.</source>
        <translation>
            <numerusform>The library has %n problem. Close Glossa and restore a backup from %1.</numerusform>
            <numerusform>The library has %n problems. Close Glossa and restore a backup from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::NotesExportController</name>
    <message numerus="yes">
        <source>Exported %1 (%n annotation(s)).</source>
        <translation>
            <numerusform>Exported %1 (%n annotation).</numerusform>
            <numerusform>Exported %1 (%n annotations).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PalettePage</name>
    <message numerus="yes">
        <source>%n highlight(s) use this colour. They keep it, shown in grey, until you add a colour named “%1” again. Remove “%2”?</source>
        <translation>
            <numerusform>%n highlight uses this colour. It keeps it, shown in grey, until you add a colour named “%1” again. Remove “%2”?</numerusform>
            <numerusform>%n highlights use this colour. They keep it, shown in grey, until you add a colour named “%1” again. Remove “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) use colours that are not among the defaults. They keep their colour, shown in grey. Restore the default colours?</source>
        <translation>
            <numerusform>%n highlight uses a colour that is not among the defaults. It keeps its colour, shown in grey. Restore the default colours?</numerusform>
            <numerusform>%n highlights use colours that are not among the defaults. They keep their colour, shown in grey. Restore the default colours?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PdfExportController</name>
    <message numerus="yes">
        <source>Exported %1; %n annotation(s) could not be placed on the printed text.</source>
        <translation>
            <numerusform>Exported %1; %n annotation could not be placed on the printed text.</numerusform>
            <numerusform>Exported %1; %n annotations could not be placed on the printed text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PdfExporter</name>
    <message numerus="yes">
        <source>the article&apos;s page was not ready to print within %n second(s)</source>
        <translation>
            <numerusform>the article&apos;s page was not ready to print within %n second</numerusform>
            <numerusform>the article&apos;s page was not ready to print within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n results: the newest are shown. Add a word to narrow the search.</source>
        <translation>
            <numerusform>More than %n result: the newest are shown. Add a word to narrow the search.</numerusform>
            <numerusform>More than %n results: the newest are shown. Add a word to narrow the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ThreadExchange</name>
    <message numerus="yes">
        <source>Saved the discussion of “%1” (%n comment(s)) to %2.</source>
        <translation>
            <numerusform>Saved the discussion of “%1” (%n comment) to %2.</numerusform>
            <numerusform>Saved the discussion of “%1” (%n comments) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>glossa: the library has only %n article(s).</source>
        <translation>
            <numerusform>glossa: the library has only %n article.</numerusform>
            <numerusform>glossa: the library has only %n articles.</numerusform>
        </translation>
    </message>
</context>
</TS>
