// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "anchorcommand.h"
#include "annotatecommand.h"
#include "command.h"
#include "commentcommand.h"
#include "deletecommand.h"
#include "exportcommand.h"
#include "extractcommand.h"
#include "importannotationscommand.h"
#include "importcommand.h"
#include "librarycommands.h"
#include "linkcommand.h"
#include "printcommand.h"
#include "propertiescommand.h"
#include "relatedcommand.h"
#include "resolvecommand.h"
#include "authorcommand.h"
#include "checkcommand.h"
#include "safeoutput.h"
#include "searchcommand.h"
#include "tagcommand.h"
#include "threadcommand.h"
#include "threadexportcommand.h"
#include "votecommand.h"
#include "watchcommand.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Glossa::Cli {

namespace {

SafeOutputDevice &stdoutDevice()
{
    static SafeOutputDevice device(stdout);
    return device;
}

SafeOutputDevice &stderrDevice()
{
    static SafeOutputDevice device(stderr);
    return device;
}

} // namespace

void flushOutput()
{
    out().flush();
    stdoutDevice().flushFile();
    err().flush();
    stderrDevice().flushFile();
}

namespace {

// The command's exit code, once what it wrote has reached stdout: output that could not be
// written (a full disk, a closed pipe) is a failure, never a silent success.
int finish(int code)
{
    out().flush();
    const bool written = stdoutDevice().flushFile();
    if (!written) {
        err() << Cli::tr("glossa: the output could not be written: %1.\n").arg(stdoutDevice().errorString());
    }
    err().flush();
    stderrDevice().flushFile();
    return written || code != ExitOk ? code : ExitFailure;
}

} // namespace

QTextStream &out()
{
    static QTextStream s(&stdoutDevice());
    s.setEncoding(QStringConverter::Utf8);
    return s;
}

QTextStream &err()
{
    static QTextStream s(&stderrDevice());
    s.setEncoding(QStringConverter::Utf8);
    return s;
}

const QList<Command> &commands()
{
    static const QList<Command> table = {
        // Each sub-command adds its line here: {u"name", QT_TRANSLATE_NOOP("Glossa::Cli::Cli", "…"), &runName},
        {u"list", QT_TRANSLATE_NOOP("Glossa::Cli::Cli", "list [--json]            the library's articles"), &runList},
        {u"show",
            QT_TRANSLATE_NOOP(
                "Glossa::Cli::Cli", "show ARTICLE [--json]    an article with its annotations, links and comments"),
            &runShow},
        {u"delete",
            QT_TRANSLATE_NOOP(
                "Glossa::Cli::Cli", "delete ARTICLE… [--json]   delete articles with their annotations and comments"),
            &runDelete},
        {u"properties",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE] "
                "[--language L] [--tags \"a, b\"] [--note TEXT] [--json]   show or change an article's properties "
                "and note"),
            &runProperties},
        {u"tag",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "tag list | tag add|remove ANNOTATION|ARTICLE TAG… [--json]   the tags in use with their counts; "
                "tag an annotation or an article"),
            &runTag},
        {u"annotate",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "annotate ARTICLE --quote TEXT [--occurrence N] [--color NAME] [--style fill|underline] "
                "[--note TEXT] [--tag TAG]… [--private] [--json]   mark a passage"),
            &runAnnotate},
        {u"annotations",
            QT_TRANSLATE_NOOP(
                "Glossa::Cli::Cli", "annotations ARTICLE [--json]   an article's annotations in text order"),
            &runAnnotations},
        {u"anchor",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "anchor --text FILE --selectors FILE.jsonl   anchor W3C selectors on a new text (one "
                "JSON object a line, its selectors under \"selector\" or, as show --json writes them, \"selectors\")"),
            &runAnchor},
        {u"extract", QT_TRANSLATE_NOOP("Glossa::Cli::Cli", "extract FILE [--format auto|text|html|markdown] [--json]"),
            &runExtract, &extractNeedsWebEngine},
        {u"import",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "import FILE… [--json] [--update | --as-new]   store files in the library (a text already there "
                "is refused unless --as-new; --update updates the article with the same source or text)"),
            &runImport, &importNeedsWebEngine},
        {u"export",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "export ARTICLE --format pdf|markdown|jsonld -o FILE [--include-private]   an annotated copy"),
            &runExport, &exportNeedsWebEngine},
        {u"print",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "print ARTICLE -o FILE.pdf [--page-size A4|Letter] [--json]   the article as File › Print lays it out "
                "(footer, page numbers)"),
            &runPrint, &printNeedsWebEngine},
        {u"import-annotations",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "import-annotations FILE --article ARTICLE [--json]   W3C or Hypothesis annotations onto an article"),
            &runImportAnnotations},
        {u"comment",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "comment ARTICLE --body TEXT [--quote TEXT | --on ANNOTATION] [--reply-to COMMENT] [--author NAME] "
                "[--json]   add to an article's discussion"),
            &runComment},
        {u"thread",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] "
                "[--mark-read]   an article's discussion (--mark-read: its unread comments are read)"),
            &runThread},
        {u"vote",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "vote COMMENT [--down|--clear] [--author NAME]   one vote per author; the same vote again takes it "
                "back"),
            &runVote},
        {u"resolve",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli", "resolve COMMENT [--reopen]   mark a comment resolved, or open"),
            &runResolve},
        {u"author",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "author [--name NAME] [--email EMAIL] [--json]   the name notes and comments are signed with"),
            &runAuthor},
        {u"thread-export",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli", "thread-export ARTICLE -o FILE   an article's discussion, to share"),
            &runThreadExport},
        {u"thread-merge",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "thread-merge FILE… [--json]   merge shared discussions (by id: any order, twice changes nothing)"),
            &runThreadMerge},
        {u"watch",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "watch ARTICLE [--comment COMMENT] [--stop] [--json]   watch a discussion, or a comment and its "
                "replies: what a merge brings into it is unread"),
            &runWatch},
        {u"link",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "link FROM TO --relation R [--note TEXT] [--from-quote TEXT] [--to-quote TEXT] [--json]   link two "
                "passages (annotation ids, or articles with --*-quote) or whole articles"),
            &runLink},
        {u"links",
            QT_TRANSLATE_NOOP(
                "Glossa::Cli::Cli", "links ARTICLE [--json]   an article's links and backlinks, with their status"),
            &runLinks},
        {u"unlink", QT_TRANSLATE_NOOP("Glossa::Cli::Cli", "unlink LINK   remove a link"), &runUnlink},
        {u"related",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "related ARTICLE [--annotation ID | --quote TEXT] [--limit N] [--json]   passages of other articles "
                "on the same things as a passage (or the whole article)"),
            &runRelated},
        {u"search",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "search QUERY [--color NAME] [--tag T] [--author A] [--kind text,note,comment] [--lang L] "
                "[--since DATE] [--until DATE] [--limit N] [--json]   search titles, text, notes, comments and tags "
                "(\"phrases\", -excluded, OR, =\"exact\")"),
            &runSearch},
        {u"check",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "check [--repair] [--json]   check the library's pages, references and search index; --repair "
                "rebuilds the search index after a backup"),
            &runCheck},
        {u"restore",
            QT_TRANSLATE_NOOP("Glossa::Cli::Cli",
                "restore [BACKUP | --latest] [--json]   list the library's backups, or put one in place (the file it "
                "replaces is kept aside)"),
            &runRestore},
    };
    return table;
}

QStringList Cli::normalized(const QStringList &args)
{
    qsizetype i = 0;
    while (i < args.size()) {
        const QString &a = args[i];
        if (a == u"--library" && i + 1 < args.size()) {
            i += 2;
        } else if (a.startsWith(u"--library=") || a == u"--json") {
            ++i;
        } else {
            break;
        }
    }
    if (i == 0 || i >= args.size() || args[i].startsWith(u'-')) {
        return args; // no options before a command name
    }
    return args.mid(i) + args.mid(0, i);
}

namespace {

// The options of the window (glossa-window's own, and Qt's single-dash ones such as -platform).
bool isWindowOption(const QString &arg)
{
    if (!arg.startsWith(u"--")) {
        return true;
    }
    const QString name = arg.section(u'=', 0, 0);
    for (const char *known :
        {"--library", "--screenshot", "--article", "--annotation", "--theme", "--discussion", "--print-startup-ms"}) {
        if (name == QLatin1StringView(known)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool Cli::isHeadless(const QStringList &arguments)
{
    const QStringList args = normalized(arguments);
    if (args.isEmpty()) {
        return false;
    }
    const QString &first = args.first();
    if (first == u"--version" || first == u"-v" || first == u"--help" || first == u"-h") {
        return true;
    }
    // Anything that is not an option is a sub-command name (known or not: an unknown one is
    // reported headlessly rather than opening a window), and so is an option the window does not
    // know (`glossa --bogus` says so instead of looking for a display).
    return !first.startsWith(u'-') || !isWindowOption(first);
}

bool Cli::needsWebEngine(const QStringList &arguments)
{
    const QStringList args = normalized(arguments);
    if (args.isEmpty()) {
        return false;
    }
    for (const Command &c : commands()) {
        if (args.first() == c.name) {
            return c.needsWebEngine && c.needsWebEngine(args.mid(1));
        }
    }
    return false;
}

QString Cli::wikiLinkHelp()
{
    return tr("A [[Title]], [[Title|shown words]] or [[Title#Heading]] in the text links to the article with that "
              "title (exactly, case aside). When several articles have the title, nothing is stored until you "
              "say which: write [[id:ARTICLE|Title]] with its id (glossa list shows ids).\n");
}

QString Cli::usage()
{
    QString text = tr("Usage: glossa [--library DIR] [--screenshot FILE.png [--article N]]\n"
                      "       glossa COMMAND [OPTIONS]\n"
                      "\n"
                      "Without a command, Glossa opens its window on your library.\n"
                      "\n"
                      "Options:\n"
                      "  --library DIR        use the library in DIR instead of the default one\n"
                      "  --screenshot FILE    open the window, save a PNG of it once the article is shown, and quit\n"
                      "  --article N          with --screenshot, show the Nth article of the library (from 1)\n"
                      "  --version            print Glossa's version\n"
                      "  --help               print this help\n");
    if (!commands().isEmpty()) {
        text += u'\n' + tr("Commands:") + u'\n';
        for (const Command &c : commands()) {
            text += QStringLiteral("  %1\n").arg(tr(c.synopsis));
        }
    }
    return text;
}

void Cli::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Glossa"));
    QCoreApplication::setApplicationName(QStringLiteral("glossa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSSA_VERSION));
}

void Cli::installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    // A language Glossa has no translation for gets the English one, which holds the plural forms
    // of the source strings ("1 annotation", "2 annotations").
    auto *glossa = new QTranslator(&app);
    if (glossa->load(QLocale(), QStringLiteral("glossa"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || glossa->load(QStringLiteral(":/i18n/glossa_en"))) {
        QCoreApplication::installTranslator(glossa);
    }
}

int Cli::run(const QStringList &arguments, Ingest::HtmlExtractorProvider *html, Export::PdfPrinter *pdf)
{
    const QStringList args = normalized(arguments);
    if (args.isEmpty()) {
        err() << usage();
        return finish(ExitUsage);
    }
    const QString &first = args.first();
    if (first == u"--version" || first == u"-v") {
        out() << QStringLiteral("glossa %1\n").arg(QCoreApplication::applicationVersion());
        return finish(ExitOk);
    }
    if (first == u"--help" || first == u"-h") {
        out() << usage();
        return finish(ExitOk);
    }
    for (const Command &c : commands()) {
        if (first == c.name) {
            const int code = c.run(args.mid(1), Context {.html = html, .pdf = pdf});
            return finish(code);
        }
    }
    if (first.startsWith(u'-')) {
        err() << tr("glossa: unknown option '%1'. Run 'glossa --help' for the commands and options.\n").arg(first);
        return finish(ExitUsage);
    }
    err() << tr("glossa: '%1' is not a Glossa command. Run 'glossa --help' for the list of commands.\n").arg(first);
    return finish(ExitUsage);
}

} // namespace Glossa::Cli
