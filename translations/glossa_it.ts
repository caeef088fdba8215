<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Glossa::AddAnnotationCommand</name>
    <message>
        <source>Add annotation</source>
        <translation>Aggiungi annotazione</translation>
    </message>
</context>
<context>
    <name>Glossa::AddCommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Aggiungi commento</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
</context>
<context>
    <name>Glossa::AnnotationListModel</name>
    <message>
        <source>This passage is no longer in the article. Select new text and re-attach it.</source>
        <translation>Questo passaggio non è più nell&apos;articolo. Seleziona un nuovo testo e ricollega l&apos;annotazione.</translation>
    </message>
    <message>
        <source>%1 (no longer in the palette)</source>
        <translation>%1 (non più nella tavolozza)</translation>
    </message>
    <message>
        <source>The text changed here since this annotation was made (confidence %1%).</source>
        <extracomment>%1 is how sure Glossa is, in percent, that this is still the annotated passage.</extracomment>
        <translation>Il testo qui è cambiato da quando questa annotazione è stata creata (affidabilità %1%).</translation>
    </message>
    <message>
        <source>The text changed here since this annotation was made.</source>
        <translation>Il testo qui è cambiato da quando l’annotazione è stata fatta.</translation>
    </message>
    <message>
        <source>It read: “%1”</source>
        <extracomment>The words that were marked, before the article changed them.</extracomment>
        <translation>Diceva: “%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says for a row of the Annotations pane: %1 the colour&apos;s meaning, %2 the passage.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::AnchorCommand</name>
    <message>
        <source>glossa anchor: unexpected argument &apos;%1&apos;.
Usage: glossa anchor --text FILE --selectors FILE.jsonl
</source>
        <translation>glossa anchor: argomento inatteso &apos;%1&apos;.
Uso: glossa anchor --text FILE --selectors FILE.jsonl
</translation>
    </message>
    <message>
        <source>glossa anchor: both --text FILE and --selectors FILE.jsonl are needed.
Usage: glossa anchor --text FILE --selectors FILE.jsonl
</source>
        <translation>glossa anchor: servono sia --text FILE sia --selectors FILE.jsonl.
Uso: glossa anchor --text FILE --selectors FILE.jsonl
</translation>
    </message>
    <message>
        <source>the line is empty; each line must be one JSON object.</source>
        <translation>la riga è vuota; ogni riga deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>not JSON (%1 at character %2).</source>
        <extracomment>%1 is what the JSON parser says, %2 the character where it says it.</extracomment>
        <translation>non è JSON (%1 al carattere %2).</translation>
    </message>
    <message>
        <source>not a JSON object; each line must be {&quot;selector&quot;: …}.</source>
        <translation>non è un oggetto JSON; ogni riga deve essere {&quot;selector&quot;: …}.</translation>
    </message>
    <message>
        <source>no &quot;selector&quot; (or &quot;selectors&quot;) member.</source>
        <translation>manca il membro &quot;selector&quot; (o &quot;selectors&quot;).</translation>
    </message>
    <message>
        <source>the selectors must be an object or an array of objects.</source>
        <translation>i selettori devono essere un oggetto o un array di oggetti.</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no &quot;exact&quot; text.</source>
        <translation>il suo TextQuoteSelector non ha il testo &quot;exact&quot;.</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs numbers &quot;start&quot; ≤ &quot;end&quot;, from 0.</source>
        <translation>il suo TextPositionSelector richiede i numeri &quot;start&quot; ≤ &quot;end&quot;, a partire da 0.</translation>
    </message>
    <message>
        <source>neither a TextQuoteSelector nor a TextPositionSelector.</source>
        <translation>non è né un TextQuoteSelector né un TextPositionSelector.</translation>
    </message>
    <message>
        <source>Usage: glossa anchor --text FILE --selectors FILE.jsonl
Anchors W3C selectors on a text (for instance a new version of an article) and prints one JSON line for each line read: {&quot;start&quot;, &quot;end&quot;, &quot;score&quot;, &quot;status&quot;}, with status exact, fuzzy or orphan (start and end null) and offsets in UTF-16 code units of FILE.
Each line of FILE.jsonl is a JSON object with its selectors under &quot;selector&quot; or, as glossa show --json writes them, &quot;selectors&quot;: a TextQuoteSelector {exact, prefix, suffix}, a TextPositionSelector {start, end}, or an array with both. A line that is not such an object is an error naming the line, and nothing is printed.
</source>
        <translation>Uso: glossa anchor --text FILE --selectors FILE.jsonl
Ancora selettori W3C su un testo (ad esempio una nuova versione di un articolo) e stampa una riga JSON per ogni riga letta: {&quot;start&quot;, &quot;end&quot;, &quot;score&quot;, &quot;status&quot;}, con status exact, fuzzy o orphan (start ed end null) e posizioni in unità di codice UTF-16 di FILE.
Ogni riga di FILE.jsonl è un oggetto JSON con i suoi selettori in &quot;selector&quot; o, come li scrive glossa show --json, in &quot;selectors&quot;: un TextQuoteSelector {exact, prefix, suffix}, un TextPositionSelector {start, end} o un array con entrambi. Una riga che non è un oggetto di questo tipo è un errore che indica la riga, e non viene stampato nulla.
</translation>
    </message>
    <message>
        <source>glossa anchor: %1: line %2: %3
</source>
        <translation>glossa anchor: %1: riga %2: %3
</translation>
    </message>
    <message numerus="yes">
        <source>glossa anchor: %n more unreadable line(s).
</source>
        <translation>
            <numerusform>glossa anchor: %n altra riga illeggibile.
</numerusform>
            <numerusform>glossa anchor: altre %n righe illeggibili.
</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa anchor: each line must be a JSON object with its W3C selectors under &quot;selector&quot; or &quot;selectors&quot; (see glossa anchor --help).
</source>
        <translation>glossa anchor: ogni riga deve essere un oggetto JSON con i suoi selettori W3C in &quot;selector&quot; o &quot;selectors&quot; (vedi glossa anchor --help).
</translation>
    </message>
    <message>
        <source>glossa anchor: cannot read &apos;%1&apos;: %2. Check the path and its permissions.
</source>
        <translation>glossa anchor: impossibile leggere «%1»: %2. Controlla il percorso e i permessi.
</translation>
    </message>
    <message>
        <source>the largest selectors file Glossa reads</source>
        <translation>il file di selettori più grande che Glossa legge</translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::Cli</name>
    <message>
        <source>Usage: glossa [--library DIR] [--screenshot FILE.png [--article N]]
       glossa COMMAND [OPTIONS]

Without a command, Glossa opens its window on your library.

Options:
  --library DIR        use the library in DIR instead of the default one
  --screenshot FILE    open the window, save a PNG of it once the article is shown, and quit
  --article N          with --screenshot, show the Nth article of the library (from 1)
  --version            print Glossa&apos;s version
  --help               print this help
</source>
        <translation>Uso: glossa [--library CARTELLA] [--screenshot FILE.png [--article N]]
     glossa COMANDO [OPZIONI]

Senza un comando, Glossa apre la sua finestra sulla tua biblioteca.

Opzioni:
  --library CARTELLA   usa la biblioteca in CARTELLA invece di quella predefinita
  --screenshot FILE    apre la finestra, ne salva un PNG appena l&apos;articolo è visibile ed esce
  --article N          con --screenshot, mostra l&apos;N-esimo articolo della biblioteca (da 1)
  --version            stampa la versione di Glossa
  --help               stampa questo aiuto
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>glossa: &apos;%1&apos; is not a Glossa command. Run &apos;glossa --help&apos; for the list of commands.
</source>
        <translation>glossa: &apos;%1&apos; non è un comando di Glossa. Esegui &apos;glossa --help&apos; per l&apos;elenco dei comandi.
</translation>
    </message>
    <message>
        <source>list [--json]            the library&apos;s articles</source>
        <translation>list [--json]            gli articoli della biblioteca</translation>
    </message>
    <message>
        <source>show ARTICLE [--json]    an article with its annotations, links and comments</source>
        <translation>show ARTICOLO [--json]   un articolo con le sue annotazioni, i collegamenti e i commenti</translation>
    </message>
    <message>
        <source>extract FILE [--format auto|text|html|markdown] [--json]</source>
        <translation>extract FILE [--format auto|text|html|markdown] [--json]</translation>
    </message>
    <message>
        <source>glossa extract: unknown option &apos;%1&apos;. Usage: glossa extract FILE [--format auto|text|html|markdown] [--json]
</source>
        <translation>glossa extract: opzione sconosciuta &apos;%1&apos;. Uso: glossa extract FILE [--format auto|text|html|markdown] [--json]
</translation>
    </message>
    <message>
        <source>glossa extract: give one file at a time (&apos;%1&apos; is a second one).
</source>
        <translation>glossa extract: indica un file alla volta (&apos;%1&apos; è un secondo file).
</translation>
    </message>
    <message>
        <source>glossa extract: which file? Usage: glossa extract FILE [--format auto|text|html|markdown] [--json]
</source>
        <translation>glossa extract: quale file? Uso: glossa extract FILE [--format auto|text|html|markdown] [--json]
</translation>
    </message>
    <message>
        <source>glossa extract: unknown format &apos;%1&apos;; use auto, text, html or markdown.
</source>
        <translation>glossa extract: formato sconosciuto &apos;%1&apos;; usa auto, text, html o markdown.
</translation>
    </message>
    <message>
        <source>glossa extract: %1: no such file.
</source>
        <translation>glossa extract: %1: file inesistente.
</translation>
    </message>
    <message>
        <source>glossa extract: %1: %2.
</source>
        <translation>glossa extract: %1: %2.
</translation>
    </message>
    <message>
        <source>Title: %1
</source>
        <translation>Titolo: %1
</translation>
    </message>
    <message>
        <source>Byline: %1
</source>
        <translation>Autore: %1
</translation>
    </message>
    <message>
        <source>Language: %1
</source>
        <translation>Lingua: %1
</translation>
    </message>
    <message>
        <source>%1 exact, %2 moved or changed, %3 orphaned</source>
        <translation>%1 esatte, %2 spostate o cambiate, %3 orfane</translation>
    </message>
    <message>
        <source>glossa import: %1: %2 Nothing was stored for it.
</source>
        <translation>glossa import: %1: %2 Non è stato salvato nulla.
</translation>
    </message>
    <message>
        <source>%1: unchanged %2 &quot;%3&quot;
</source>
        <translation>%1: invariato %2 &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>%1: updated %2 &quot;%3&quot; (%4)
</source>
        <translation>%1: aggiornato %2 &quot;%3&quot; (%4)
</translation>
    </message>
    <message>
        <source>%1: imported %2 &quot;%3&quot;
</source>
        <translation>%1: importato %2 &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>annotate ARTICLE --quote TEXT [--occurrence N] [--color NAME] [--style fill|underline] [--note TEXT] [--tag TAG]… [--private] [--json]   mark a passage</source>
        <translation>annotate ARTICOLO --quote TESTO [--occurrence N] [--color NOME] [--style fill|underline] [--note TESTO] [--tag TAG]… [--private] [--json]   segna un passaggio</translation>
    </message>
    <message>
        <source>annotations ARTICLE [--json]   an article&apos;s annotations in text order</source>
        <translation>annotations ARTICOLO [--json]   le annotazioni di un articolo nell&apos;ordine del testo</translation>
    </message>
    <message>
        <source>export ARTICLE --format pdf|markdown|jsonld -o FILE [--include-private]   an annotated copy</source>
        <translation>export ARTICOLO --format pdf|markdown|jsonld -o FILE [--include-private]   una copia annotata</translation>
    </message>
    <message>
        <source>import-annotations FILE --article ARTICLE [--json]   W3C or Hypothesis annotations onto an article</source>
        <translation>import-annotations FILE --article ARTICOLO [--json]   annotazioni W3C o Hypothesis su un articolo</translation>
    </message>
    <message>
        <source>Usage: glossa annotate ARTICLE --quote TEXT [--occurrence N] [--color NAME] [--style fill|underline] [--note TEXT] [--tag TAG]… [--private] [--json] [--library DIR]
</source>
        <translation>Uso: glossa annotate ARTICOLO --quote TESTO [--occurrence N] [--color NOME] [--style fill|underline] [--note TESTO] [--tag TAG]… [--private] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa annotate: --quote needs the words to mark, as they read in the article.
</source>
        <translation>glossa annotate: --quote richiede le parole da segnare, così come compaiono nell&apos;articolo.
</translation>
    </message>
    <message>
        <source>glossa annotate: --occurrence needs a number from 1 (the first place the quote occurs), not &apos;%1&apos;.
</source>
        <translation>glossa annotate: --occurrence vuole un numero da 1 in su (il primo punto in cui compare la citazione), non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa annotate: --color needs a colour&apos;s name, such as important.
</source>
        <translation>glossa annotate: --color richiede il nome di un colore, ad esempio important.
</translation>
    </message>
    <message>
        <source>glossa annotate: --style is fill or underline, not &apos;%1&apos;.
</source>
        <translation>glossa annotate: --style vale fill o underline, non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa annotate: --note needs the note&apos;s text (Markdown).
</source>
        <translation>glossa annotate: --note richiede il testo della nota (Markdown).
</translation>
    </message>
    <message>
        <source>glossa annotate: --tag needs a tag, as in --tag evidence.
</source>
        <translation>glossa annotate: --tag richiede un tag, ad esempio --tag evidence.
</translation>
    </message>
    <message>
        <source>glossa annotate: unknown option &apos;%1&apos;.
</source>
        <translation>glossa annotate: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa annotate: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa annotate: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa annotate: which article? Name one (its id or title).
</source>
        <translation>glossa annotate: quale articolo? Indicane uno (il suo id o titolo).
</translation>
    </message>
    <message>
        <source>glossa annotate: which passage? Give --quote with its words.
</source>
        <translation>glossa annotate: quale passaggio? Indica --quote con le sue parole.
</translation>
    </message>
    <message>
        <source>glossa annotate: &apos;%1&apos; is not a colour of this library&apos;s palette; use one of: %2.
</source>
        <translation>glossa annotate: &apos;%1&apos; non è un colore della tavolozza di questa biblioteca; usane uno tra: %2.
</translation>
    </message>
    <message>
        <source>the new annotation %1 could not be read back.</source>
        <translation>non è stato possibile rileggere la nuova annotazione %1.</translation>
    </message>
    <message>
        <source>glossa annotations: name one article (its id or title). Usage: glossa annotations ARTICLE [--json] [--library DIR]
</source>
        <translation>glossa annotations: indica un articolo (il suo id o titolo). Uso: glossa annotations ARTICOLO [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privata</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>orfana</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>testo cambiato</translation>
    </message>
    <message>
        <source>glossa export: --format needs pdf, markdown or jsonld.
</source>
        <translation>glossa export: --format richiede pdf, markdown o jsonld.
</translation>
    </message>
    <message>
        <source>glossa export: -o needs the file (or, with --all, the folder) to write.
</source>
        <translation>glossa export: -o richiede il file (oppure, con --all, la cartella) da scrivere.
</translation>
    </message>
    <message>
        <source>glossa export: --page-size needs A4 or Letter.
</source>
        <translation>glossa export: --page-size richiede A4 o Letter.
</translation>
    </message>
    <message>
        <source>glossa export: unknown option &apos;%1&apos;.
</source>
        <translation>glossa export: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa export: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa export: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa export: which format? Give --format pdf, markdown or jsonld.
</source>
        <translation>glossa export: quale formato? Indica --format pdf, markdown o jsonld.
</translation>
    </message>
    <message>
        <source>glossa export: &apos;%1&apos; is not a format Glossa exports; use pdf, markdown or jsonld.
</source>
        <translation>glossa export: &apos;%1&apos; non è un formato che Glossa sa esportare; usa pdf, markdown o jsonld.
</translation>
    </message>
    <message>
        <source>glossa export: where to? Give -o FILE.
</source>
        <translation>glossa export: dove? Indica -o FILE.
</translation>
    </message>
    <message>
        <source>glossa export: give either an article or --all, not both.
</source>
        <translation>glossa export: indica un articolo oppure --all, non entrambi.
</translation>
    </message>
    <message>
        <source>glossa export: which article? Name one (its id or title), or give --all.
</source>
        <translation>glossa export: quale articolo? Indicane uno (il suo id o titolo), oppure usa --all.
</translation>
    </message>
    <message>
        <source>glossa export: --all writes Markdown files only; export other formats one article at a time.
</source>
        <translation>glossa export: --all scrive solo file Markdown; esporta gli altri formati un articolo alla volta.
</translation>
    </message>
    <message>
        <source>glossa export: --page-size is for --format pdf.
</source>
        <translation>glossa export: --page-size vale solo con --format pdf.
</translation>
    </message>
    <message>
        <source>glossa export: &apos;%1&apos; is not a page size Glossa knows; use A4 or Letter.
</source>
        <translation>glossa export: &apos;%1&apos; non è un formato di pagina che Glossa conosce; usa A4 o Letter.
</translation>
    </message>
    <message>
        <source>glossa export: %1 is a file; with --all, -o names the folder to write the articles into.
</source>
        <translation>glossa export: %1 è un file; con --all, -o indica la cartella in cui scrivere gli articoli.
</translation>
    </message>
    <message>
        <source>glossa export: could not read “%1” from the library: %2
</source>
        <translation>glossa export: impossibile leggere “%1” dalla biblioteca: %2
</translation>
    </message>
    <message>
        <source>glossa export: could not create the folder %1. Check that its parent folder exists and that you may write there.
</source>
        <translation>glossa export: impossibile creare la cartella %1. Controlla che la cartella che la contiene esista e che tu abbia il permesso di scriverci.
</translation>
    </message>
    <message>
        <source>glossa export: could not write the file: %1. Check that the folder exists, that you may write there and that the disk has room.
</source>
        <translation>glossa export: impossibile scrivere il file: %1. Controlla che la cartella esista, che tu abbia il permesso di scriverci e che ci sia spazio sul disco.
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotation(s))</source>
        <translation>
            <numerusform>%1 (%n annotazione)</numerusform>
            <numerusform>%1 (%n annotazioni)</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa export: %1
</source>
        <translation>glossa export: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) of &quot;%2&quot; as W3C Web Annotations
</source>
        <translation>
            <numerusform>%1: %n annotazione di &quot;%2&quot; in formato W3C Web Annotations
</numerusform>
            <numerusform>%1: %n annotazioni di &quot;%2&quot; in formato W3C Web Annotations
</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa export: this program cannot print PDFs (it has no web engine); run &apos;glossa export&apos;, which hands PDF exports to glossa-window.
</source>
        <translation>glossa export: questo programma non può stampare PDF (non ha un motore web); esegui &apos;glossa export&apos;, che affida le esportazioni PDF a glossa-window.
</translation>
    </message>
    <message>
        <source>glossa export: %1.
</source>
        <translation>glossa export: %1.
</translation>
    </message>
    <message>
        <source>glossa export: the library could not be read: %1
</source>
        <translation>glossa export: impossibile leggere la biblioteca: %1
</translation>
    </message>
    <message>
        <source>glossa export: “%1” has no text to print.
</source>
        <translation>glossa export: “%1” non ha testo da stampare.
</translation>
    </message>
    <message>
        <source>glossa export: the PDF could not be made: %1.
</source>
        <translation>glossa export: impossibile creare il PDF: %1.
</translation>
    </message>
    <message numerus="yes">
        <source>glossa export: %n annotation(s) could not be placed on the printed text and carry no PDF annotation: %1
</source>
        <translation>
            <numerusform>glossa export: %n annotazione non è stata collocata sul testo stampato e non ha alcuna annotazione PDF: %1
</numerusform>
            <numerusform>glossa export: %n annotazioni non sono state collocate sul testo stampato e non hanno alcuna annotazione PDF: %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n annotation(s)).
</source>
        <translation>
            <numerusform>Scritto %1 (%2, %n annotazione).
</numerusform>
            <numerusform>Scritto %1 (%2, %n annotazioni).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private annotation(s) left out (--include-private adds them).
</source>
        <translation>
            <numerusform>%n annotazione privata esclusa (--include-private la aggiunge).
</numerusform>
            <numerusform>%n annotazioni private escluse (--include-private le aggiunge).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned annotation(s) left out (their passage is no longer in the article).
</source>
        <translation>
            <numerusform>%n annotazione orfana esclusa (il suo passaggio non è più nell&apos;articolo).
</numerusform>
            <numerusform>%n annotazioni orfane escluse (il loro passaggio non è più nell&apos;articolo).
</numerusform>
        </translation>
    </message>
    <message>
        <source>comment ARTICLE --body TEXT [--quote TEXT | --on ANNOTATION] [--reply-to COMMENT] [--author NAME] [--json]   add to an article&apos;s discussion</source>
        <translation>comment ARTICOLO --body TESTO [--quote TESTO | --on ANNOTAZIONE] [--reply-to COMMENTO] [--author NOME] [--json]   aggiungi alla discussione di un articolo</translation>
    </message>
    <message>
        <source>vote COMMENT [--down|--clear] [--author NAME]   one vote per author; the same vote again takes it back</source>
        <translation>vote COMMENTO [--down|--clear] [--author NOME]   un voto per autore; ripetere lo stesso voto lo ritira</translation>
    </message>
    <message>
        <source>resolve COMMENT [--reopen]   mark a comment resolved, or open</source>
        <translation>resolve COMMENTO [--reopen]   segna un commento come risolto, o come aperto</translation>
    </message>
    <message>
        <source>thread-export ARTICLE -o FILE   an article&apos;s discussion, to share</source>
        <translation>thread-export ARTICOLO -o FILE   la discussione di un articolo, da condividere</translation>
    </message>
    <message>
        <source>thread-merge FILE… [--json]   merge shared discussions (by id: any order, twice changes nothing)</source>
        <translation>thread-merge FILE… [--json]   unisci discussioni condivise (per id: in qualsiasi ordine, due volte non cambia nulla)</translation>
    </message>
    <message>
        <source>Usage: glossa comment ARTICLE --body TEXT [--quote TEXT | --on ANNOTATION] [--reply-to COMMENT] [--author NAME] [--json] [--library DIR]
</source>
        <translation>Uso: glossa comment ARTICOLO --body TESTO [--quote TESTO | --on ANNOTAZIONE] [--reply-to COMMENTO] [--author NOME] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa comment: --body needs the comment&apos;s text (Markdown).
</source>
        <translation>glossa comment: --body richiede il testo del commento (Markdown).
</translation>
    </message>
    <message>
        <source>glossa comment: --quote needs the words of the passage, as they read in the article.
</source>
        <translation>glossa comment: --quote richiede le parole del passaggio, così come compaiono nell&apos;articolo.
</translation>
    </message>
    <message>
        <source>glossa comment: --on needs an annotation&apos;s id (&apos;glossa annotations&apos; lists them).
</source>
        <translation>glossa comment: --on richiede l&apos;id di un&apos;annotazione (&apos;glossa annotations&apos; le elenca).
</translation>
    </message>
    <message>
        <source>glossa comment: --reply-to needs the id of the comment you answer (&apos;glossa thread&apos; lists them).
</source>
        <translation>glossa comment: --reply-to richiede l&apos;id del commento a cui rispondi (&apos;glossa thread&apos; li elenca).
</translation>
    </message>
    <message>
        <source>glossa comment: --author needs a name.
</source>
        <translation>glossa comment: --author richiede un nome.
</translation>
    </message>
    <message>
        <source>glossa comment: unknown option &apos;%1&apos;.
</source>
        <translation>glossa comment: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa comment: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa comment: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa comment: which article? Name one (its id or title).
</source>
        <translation>glossa comment: quale articolo? Indicane uno (il suo id o titolo).
</translation>
    </message>
    <message>
        <source>glossa comment: what do you want to say? Give --body with the comment&apos;s text.
</source>
        <translation>glossa comment: che cosa vuoi dire? Indica --body con il testo del commento.
</translation>
    </message>
    <message>
        <source>glossa comment: give either --quote (a passage to mark) or --on (an annotation), not both.
</source>
        <translation>glossa comment: indica --quote (un passaggio da segnare) oppure --on (un&apos;annotazione), non entrambi.
</translation>
    </message>
    <message>
        <source>the new comment %1 could not be read back.</source>
        <translation>non è stato possibile rileggere il nuovo commento %1.</translation>
    </message>
    <message>
        <source>[deleted]</source>
        <translation>[eliminato]</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>voti: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>in reply to a comment you don&apos;t have</source>
        <translation>in risposta a un commento che non hai</translation>
    </message>
    <message>
        <source>on a passage that was removed</source>
        <translation>su un passaggio che è stato rimosso</translation>
    </message>
    <message>
        <source>on “%1”</source>
        <translation>su “%1”</translation>
    </message>
    <message>
        <source>glossa thread: --sort is oldest, newest or votes, not &apos;%1&apos;.
</source>
        <translation>glossa thread: --sort accetta oldest, newest o votes, non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa thread: --filter is all, open, resolved or passages, not &apos;%1&apos;.
</source>
        <translation>glossa thread: --filter accetta all, open, resolved o passages, non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa thread: unknown option &apos;%1&apos;.
</source>
        <translation>glossa thread: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa thread: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa thread: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa thread: which article? Name one (its id or title).
</source>
        <translation>glossa thread: quale articolo? Indicane uno (il suo id o titolo).
</translation>
    </message>
    <message>
        <source>Usage: glossa vote COMMENT [--down|--clear] [--author NAME] [--library DIR]
</source>
        <translation>Uso: glossa vote COMMENTO [--down|--clear] [--author NOME] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa vote: --author needs a name.
</source>
        <translation>glossa vote: --author richiede un nome.
</translation>
    </message>
    <message>
        <source>glossa vote: unknown option &apos;%1&apos;.
</source>
        <translation>glossa vote: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa vote: name one comment, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa vote: indica un solo commento, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa vote: which comment? Give its id (&apos;glossa thread ARTICLE&apos; lists them).
</source>
        <translation>glossa vote: quale commento? Indica il suo id (&apos;glossa thread ARTICOLO&apos; li elenca).
</translation>
    </message>
    <message>
        <source>glossa vote: give --down or --clear, not both.
</source>
        <translation>glossa vote: indica --down oppure --clear, non entrambi.
</translation>
    </message>
    <message>
        <source> &apos;glossa thread ARTICLE&apos; lists an article&apos;s comments with their ids.</source>
        <translation> &apos;glossa thread ARTICOLO&apos; elenca i commenti di un articolo con i loro id.</translation>
    </message>
    <message>
        <source>comment %1 could not be read back.</source>
        <translation>non è stato possibile rileggere il commento %1.</translation>
    </message>
    <message>
        <source>%1 votes it up</source>
        <translation>%1 vota a favore</translation>
    </message>
    <message>
        <source>%1 votes it down</source>
        <translation>%1 vota contro</translation>
    </message>
    <message>
        <source>%1 has no vote on it</source>
        <translation>%1 non ha alcun voto su questo commento</translation>
    </message>
    <message>
        <source>votes: %1; %2</source>
        <translation>voti: %1; %2</translation>
    </message>
    <message>
        <source>glossa resolve: unknown option &apos;%1&apos;.
</source>
        <translation>glossa resolve: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa resolve: name one comment by its id (&apos;glossa thread ARTICLE&apos; lists them).
</source>
        <translation>glossa resolve: indica un commento con il suo id (&apos;glossa thread ARTICOLO&apos; li elenca).
</translation>
    </message>
    <message>
        <source>Usage: glossa resolve COMMENT [--reopen] [--library DIR]
</source>
        <translation>Uso: glossa resolve COMMENTO [--reopen] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>Comment %1 is open again.</source>
        <translation>Il commento %1 è di nuovo aperto.</translation>
    </message>
    <message>
        <source>Comment %1 is resolved.</source>
        <translation>Il commento %1 è risolto.</translation>
    </message>
    <message>
        <source>glossa thread-export: unknown option &apos;%1&apos;.
</source>
        <translation>glossa thread-export: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa thread-export: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa thread-export: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa thread-export: name an article and the file to write. Usage: glossa thread-export ARTICLE -o FILE [--library DIR]
</source>
        <translation>glossa thread-export: indica un articolo e il file da scrivere. Uso: glossa thread-export ARTICOLO -o FILE [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa thread-merge: unknown option &apos;%1&apos;.
</source>
        <translation>glossa thread-merge: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa thread-merge: which thread files? Usage: glossa thread-merge FILE… [--json] [--library DIR]
</source>
        <translation>glossa thread-merge: quali file di discussione? Uso: glossa thread-merge FILE… [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa thread-merge: %1 was not merged: %2 Nothing was stored.
</source>
        <translation>glossa thread-merge: %1 non è stato unito: %2 Non è stato salvato nulla.
</translation>
    </message>
    <message>
        <source>glossa thread-merge: %1 is the discussion of “%2”, which this library does not have (import the article first). Nothing was stored.
</source>
        <translation>glossa thread-merge: %1 è la discussione di “%2”, che questa biblioteca non ha (importa prima l&apos;articolo). Non è stato salvato nulla.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n nuovo commento</numerusform>
            <numerusform>%n nuovi commenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n voti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n altra modifica</numerusform>
            <numerusform>%n altre modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) not found</source>
        <translation>
            <numerusform>%n passaggio non trovato</numerusform>
            <numerusform>%n passaggi non trovati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread in what you watch</source>
        <translation>
            <numerusform>%n non letto in ciò che segui</numerusform>
            <numerusform>%n non letti in ciò che segui</numerusform>
        </translation>
    </message>
    <message>
        <source>thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read]   an article&apos;s discussion (--mark-read: its unread comments are read)</source>
        <translation>thread ARTICOLO [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read]   la discussione di un articolo (--mark-read: segna come letti i suoi commenti non letti)</translation>
    </message>
    <message>
        <source>watch ARTICLE [--comment COMMENT] [--stop] [--json]   watch a discussion, or a comment and its replies: what a merge brings into it is unread</source>
        <translation>watch ARTICOLO [--comment COMMENTO] [--stop] [--json]   segui una discussione, o un commento e le sue risposte: ciò che vi porta un&apos;unione risulta non letto</translation>
    </message>
    <message numerus="yes">
        <source>, %n comment(s)</source>
        <translation>
            <numerusform>, %n commento</numerusform>
            <numerusform>, %n commenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with the discussion&apos;s %n comment(s)
</source>
        <translation>
            <numerusform>con %n commento della discussione
</numerusform>
            <numerusform>con i %n commenti della discussione
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The discussion&apos;s %n comment(s) are in the appendix.
</source>
        <translation>
            <numerusform>%n commento della discussione è in appendice.
</numerusform>
            <numerusform>I %n commenti della discussione sono in appendice.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: glossa thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read] [--library DIR]
</source>
        <translation>Uso: glossa thread ARTICOLO [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non letto</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non letto</numerusform>
            <numerusform>%n non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>watched</source>
        <translation>discussione seguita</translation>
    </message>
    <message>
        <source>Usage: glossa watch ARTICLE [--comment COMMENT] [--stop] [--json] [--library DIR]
</source>
        <translation>Uso: glossa watch ARTICOLO [--comment COMMENTO] [--stop] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa watch: --comment needs a comment&apos;s id (&apos;glossa thread ARTICLE&apos; lists them).
</source>
        <translation>glossa watch: --comment richiede l&apos;id di un commento (&apos;glossa thread ARTICOLO&apos; li elenca).
</translation>
    </message>
    <message>
        <source>glossa watch: unknown option &apos;%1&apos;.
</source>
        <translation>glossa watch: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa watch: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa watch: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa watch: which article? Name one (its id or title).
</source>
        <translation>glossa watch: quale articolo? Indicane uno (il suo id o titolo).
</translation>
    </message>
    <message>
        <source>glossa watch: “%1” has no comment %2 (&apos;glossa thread ARTICLE&apos; lists its comments).
</source>
        <translation>glossa watch: “%1” non ha il commento %2 (&apos;glossa thread ARTICOLO&apos; ne elenca i commenti).
</translation>
    </message>
    <message>
        <source>You no longer watch the discussion of “%1”.</source>
        <translation>Non segui più la discussione di “%1”.</translation>
    </message>
    <message>
        <source>You watch the discussion of “%1”: comments a merge brings are marked unread.</source>
        <translation>Segui la discussione di “%1”: i commenti portati da un&apos;unione vengono segnati come non letti.</translation>
    </message>
    <message>
        <source>You no longer watch comment %1.</source>
        <translation>Non segui più il commento %1.</translation>
    </message>
    <message>
        <source>You watch comment %1: replies a merge brings are marked unread.</source>
        <translation>Segui il commento %1: le risposte portate da un&apos;unione vengono segnate come non lette.</translation>
    </message>
    <message>
        <source>glossa: the output could not be written: %1.
</source>
        <translation>glossa: impossibile scrivere l&apos;output: %1.
</translation>
    </message>
    <message>
        <source>glossa: unknown option &apos;%1&apos;. Run &apos;glossa --help&apos; for the commands and options.
</source>
        <translation>glossa: opzione sconosciuta &apos;%1&apos;. Esegui &apos;glossa --help&apos; per i comandi e le opzioni.
</translation>
    </message>
    <message>
        <source>link FROM TO --relation R [--note TEXT] [--from-quote TEXT] [--to-quote TEXT] [--json]   link two passages (annotation ids, or articles with --*-quote) or whole articles</source>
        <translation>link ORIGINE DESTINAZIONE --relation R [--note TESTO] [--from-quote TESTO] [--to-quote TESTO] [--json]   collega due passaggi (id di annotazioni, o articoli con --*-quote) o interi articoli</translation>
    </message>
    <message>
        <source>links ARTICLE [--json]   an article&apos;s links and backlinks, with their status</source>
        <translation>links ARTICOLO [--json]   i collegamenti in uscita e in entrata di un articolo, con il loro stato</translation>
    </message>
    <message>
        <source>unlink LINK   remove a link</source>
        <translation>unlink COLLEGAMENTO   rimuovi un collegamento</translation>
    </message>
    <message>
        <source>related ARTICLE [--annotation ID | --quote TEXT] [--limit N] [--json]   passages of other articles on the same things as a passage (or the whole article)</source>
        <translation>related ARTICOLO [--annotation ID | --quote TESTO] [--limit N] [--json]   passaggi di altri articoli che trattano gli stessi temi di un passaggio (o dell&apos;intero articolo)</translation>
    </message>
    <message>
        <source>“%1” has no text to mark a passage in.</source>
        <translation>“%1” non ha testo in cui segnare un passaggio.</translation>
    </message>
    <message>
        <source>“%1” does not occur in “%2”. Give the words exactly as the article reads them (case and punctuation included); &apos;glossa show&apos; prints its text.
</source>
        <translation>“%1” non compare in “%2”. Indica le parole esattamente come compaiono nell&apos;articolo (maiuscole e punteggiatura comprese); &apos;glossa show&apos; ne stampa il testo.
</translation>
    </message>
    <message numerus="yes">
        <source>“%1” occurs %n time(s) in “%2”, so there is no occurrence %3.
</source>
        <translation>
            <numerusform>“%1” compare %n volta in “%2”, quindi non esiste l&apos;occorrenza %3.
</numerusform>
            <numerusform>“%1” compare %n volte in “%2”, quindi non esiste l&apos;occorrenza %3.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: glossa link FROM TO --relation R [--note TEXT] [--from-quote TEXT] [--to-quote TEXT] [--json] [--library DIR]
FROM and TO are annotation ids, or articles (id or title) for the whole article or, with --from-quote/--to-quote, for the passage that reads TEXT.
R: supports, contradicts, elaborates, cites, same-topic, or your own words.
</source>
        <translation>Uso: glossa link ORIGINE DESTINAZIONE --relation R [--note TESTO] [--from-quote TESTO] [--to-quote TESTO] [--json] [--library CARTELLA]
ORIGINE e DESTINAZIONE sono id di annotazioni, oppure articoli (id o titolo) per l&apos;intero articolo o, con --from-quote/--to-quote, per il passaggio che riporta TESTO.
R: supports (sostiene), contradicts (contraddice), elaborates (approfondisce), cites (cita), same-topic (stesso argomento), oppure parole tue.
</translation>
    </message>
    <message>
        <source>glossa link: --relation needs how the ends relate (supports, contradicts, elaborates, cites, same-topic, or your own words).
</source>
        <translation>glossa link: --relation richiede la relazione tra le due estremità (supports, contradicts, elaborates, cites, same-topic, oppure parole tue).
</translation>
    </message>
    <message>
        <source>glossa link: --note needs the note&apos;s text.
</source>
        <translation>glossa link: --note richiede il testo della nota.
</translation>
    </message>
    <message>
        <source>glossa link: %1 needs the passage&apos;s words, as they read in the article.
</source>
        <translation>glossa link: %1 richiede le parole del passaggio, così come compaiono nell&apos;articolo.
</translation>
    </message>
    <message>
        <source>glossa link: unknown option &apos;%1&apos;.
</source>
        <translation>glossa link: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa link: name the two ends, FROM and TO.
</source>
        <translation>glossa link: indica le due estremità, ORIGINE e DESTINAZIONE.
</translation>
    </message>
    <message>
        <source>glossa link: say how the ends relate with --relation.
</source>
        <translation>glossa link: indica con --relation la relazione tra le estremità.
</translation>
    </message>
    <message>
        <source>glossa link: the new link %1 could not be read back.
</source>
        <translation>glossa link: non è stato possibile rileggere il nuovo collegamento %1.
</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un articolo eliminato</translation>
    </message>
    <message>
        <source>“%1” (whole article)</source>
        <translation>“%1” (intero articolo)</translation>
    </message>
    <message>
        <source>“%1” in “%2”</source>
        <translation>“%1” in “%2”</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (nessuno)</translation>
    </message>
    <message>
        <source>glossa links: name one article (its id or title). Usage: glossa links ARTICLE [--json] [--library DIR]
</source>
        <translation>glossa links: indica un articolo (il suo id o titolo). Uso: glossa links ARTICOLO [--json] [--library CARTELLA]
</translation>
    </message>
    <message numerus="yes">
        <source>Links from it (%n):</source>
        <translation>
            <numerusform>Collegamento in uscita (%n):</numerusform>
            <numerusform>Collegamenti in uscita (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Links to it (%n):</source>
        <translation>
            <numerusform>Collegamento in entrata (%n):</numerusform>
            <numerusform>Collegamenti in entrata (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa unlink: unknown option &apos;%1&apos;.
</source>
        <translation>glossa unlink: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa unlink: name one link by its id (&apos;glossa links ARTICLE&apos; lists them).
</source>
        <translation>glossa unlink: indica un collegamento tramite il suo id (&apos;glossa links ARTICOLO&apos; li elenca).
</translation>
    </message>
    <message>
        <source>Usage: glossa unlink LINK [--library DIR]
</source>
        <translation>Uso: glossa unlink COLLEGAMENTO [--library CARTELLA]
</translation>
    </message>
    <message>
        <source> &apos;glossa links ARTICLE&apos; lists an article&apos;s links with their ids.</source>
        <translation> &apos;glossa links ARTICOLO&apos; elenca i collegamenti di un articolo con i loro id.</translation>
    </message>
    <message>
        <source>Link %1 is removed.</source>
        <translation>Il collegamento %1 è stato rimosso.</translation>
    </message>
    <message>
        <source>Usage: glossa related ARTICLE [--annotation ID | --quote TEXT] [--limit N] [--json] [--library DIR]
</source>
        <translation>Uso: glossa related ARTICOLO [--annotation ID | --quote TESTO] [--limit N] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa related: --annotation needs an annotation&apos;s id (&apos;glossa annotations ARTICLE&apos; lists them).
</source>
        <translation>glossa related: --annotation richiede l&apos;id di un&apos;annotazione (&apos;glossa annotations ARTICOLO&apos; le elenca).
</translation>
    </message>
    <message>
        <source>glossa related: --quote needs words of the article, as they read in it.
</source>
        <translation>glossa related: --quote richiede parole dell&apos;articolo, così come vi compaiono.
</translation>
    </message>
    <message>
        <source>glossa related: --limit needs a positive number of passages, not &apos;%1&apos;.
</source>
        <translation>glossa related: --limit richiede un numero positivo di passaggi, non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa related: unknown option &apos;%1&apos;.
</source>
        <translation>glossa related: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa related: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa related: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa related: which article? Name one (its id or title).
</source>
        <translation>glossa related: quale articolo? Indicane uno (il suo id o titolo).
</translation>
    </message>
    <message>
        <source>glossa related: give --annotation or --quote, not both.
</source>
        <translation>glossa related: indica --annotation oppure --quote, non entrambi.
</translation>
    </message>
    <message>
        <source>glossa related: “%1” has no annotation %2; &apos;glossa annotations ARTICLE&apos; lists its annotations with their ids.
</source>
        <translation>glossa related: “%1” non ha l&apos;annotazione %2; &apos;glossa annotations ARTICOLO&apos; ne elenca le annotazioni con i loro id.
</translation>
    </message>
    <message>
        <source>No passage of another article shares this one&apos;s distinctive words.</source>
        <translation>Nessun passaggio di un altro articolo condivide le parole caratteristiche di questo.</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>in comune: %1</translation>
    </message>
    <message>
        <source>anchor --text FILE --selectors FILE.jsonl   anchor W3C selectors on a new text (one JSON object a line, its selectors under &quot;selector&quot; or, as show --json writes them, &quot;selectors&quot;)</source>
        <translation>anchor --text FILE --selectors FILE.jsonl   ancora selettori W3C su un nuovo testo (un oggetto JSON per riga, con i selettori sotto &quot;selector&quot; o, come li scrive show --json, &quot;selectors&quot;)</translation>
    </message>
    <message>
        <source>A [[Title]], [[Title|shown words]] or [[Title#Heading]] in the text links to the article with that title (exactly, case aside). When several articles have the title, nothing is stored until you say which: write [[id:ARTICLE|Title]] with its id (glossa list shows ids).
</source>
        <translation>Un [[Titolo]], [[Titolo|parole mostrate]] o [[Titolo#Intestazione]] nel testo collega all&apos;articolo con quel titolo (esatto, a parte maiuscole e minuscole). Se più articoli hanno quel titolo, non viene salvato nulla finché non indichi quale: scrivi [[id:ARTICOLO|Titolo]] con il suo id (glossa list mostra gli id).
</translation>
    </message>
    <message>
        <source>Usage: glossa export ARTICLE --format pdf|markdown|jsonld -o FILE [--include-private] [--no-discussion] [--no-links] [--page-size A4|Letter] [--json] [--library DIR]
       glossa export --all --format markdown -o FOLDER [--include-private] [--no-discussion] [--no-links] [--json] [--library DIR]
</source>
        <translation>Uso: glossa export ARTICOLO --format pdf|markdown|jsonld -o FILE [--include-private] [--no-discussion] [--no-links] [--page-size A4|Letter] [--json] [--library CARTELLA]
     glossa export --all --format markdown -o CARTELLA [--include-private] [--no-discussion] [--no-links] [--json] [--library CARTELLA]
</translation>
    </message>
    <message numerus="yes">
        <source>and the article&apos;s %n link(s)
</source>
        <translation>
            <numerusform>e con %n collegamento dell&apos;articolo
</numerusform>
            <numerusform>e con i %n collegamenti dell&apos;articolo
</numerusform>
        </translation>
    </message>
    <message>
        <source>search QUERY [--color NAME] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since DATE] [--until DATE] [--limit N] [--json]   search titles, text, notes, comments and tags (&quot;phrases&quot;, -excluded, OR, =&quot;exact&quot;)</source>
        <translation>search RICERCA [--color NOME] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since DATA] [--until DATA] [--limit N] [--json]   cerca in titoli, testo, note, commenti e tag (&quot;frasi&quot;, -esclusi, OR, =&quot;esatto&quot;)</translation>
    </message>
    <message>
        <source>Usage: glossa search QUERY [--color NAME] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--limit N] [--json] [--library DIR]
</source>
        <translation>Uso: glossa search RICERCA [--color NOME] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since AAAA-MM-GG] [--until AAAA-MM-GG] [--limit N] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa search: %1 needs a date written YYYY-MM-DD, such as 2026-03-31, not &apos;%2&apos;.
</source>
        <translation>glossa search: %1 richiede una data nella forma AAAA-MM-GG, ad esempio 2026-03-31, non &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa search: --color needs a colour&apos;s name or meaning, such as question.
</source>
        <translation>glossa search: --color richiede il nome o il significato di un colore, ad esempio question.
</translation>
    </message>
    <message>
        <source>glossa search: --tag needs a tag&apos;s name.
</source>
        <translation>glossa search: --tag richiede il nome di un tag.
</translation>
    </message>
    <message>
        <source>glossa search: --author needs a name, as the article&apos;s byline or the note&apos;s author reads.
</source>
        <translation>glossa search: --author richiede un nome, così come compare nella firma dell&apos;articolo o come autore della nota.
</translation>
    </message>
    <message>
        <source>glossa search: --kind needs text, note or comment (several: text,note).
</source>
        <translation>glossa search: --kind richiede text, note o comment (più di uno: text,note).
</translation>
    </message>
    <message>
        <source>glossa search: &apos;%1&apos; is not a kind of hit; use text, note or comment.
</source>
        <translation>glossa search: &apos;%1&apos; non è un tipo di risultato; usa text, note o comment.
</translation>
    </message>
    <message>
        <source>glossa search: --lang needs a language code, such as it or en.
</source>
        <translation>glossa search: --lang richiede un codice di lingua, ad esempio it o en.
</translation>
    </message>
    <message>
        <source>glossa search: %1 needs a date written YYYY-MM-DD.
</source>
        <translation>glossa search: %1 richiede una data nella forma AAAA-MM-GG.
</translation>
    </message>
    <message>
        <source>glossa search: --limit needs a positive number of articles, not &apos;%1&apos;.
</source>
        <translation>glossa search: --limit richiede un numero positivo di articoli, non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa search: unknown option &apos;%1&apos;.
</source>
        <translation>glossa search: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa search: what should it look for? Give words, as in glossa search &quot;deterrenza nucleare&quot;.
</source>
        <translation>glossa search: cosa devo cercare? Indica delle parole, ad esempio glossa search &quot;deterrenza nucleare&quot;.
</translation>
    </message>
    <message>
        <source>glossa search: --since %1 is after --until %2: no date is in that range.
</source>
        <translation>glossa search: --since %1 è successiva a --until %2: nessuna data rientra in questo intervallo.
</translation>
    </message>
    <message>
        <source>glossa search: &apos;%1&apos; is not a colour of this library&apos;s palette; use one of: %2.
</source>
        <translation>glossa search: &apos;%1&apos; non è un colore della tavolozza di questa biblioteca; usane uno tra: %2.
</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Articolo senza titolo</translation>
    </message>
    <message>
        <source>Nothing in the library matches.</source>
        <translation>Nessun elemento della biblioteca corrisponde.</translation>
    </message>
    <message>
        <source>%1 shown of more than %2 matching</source>
        <translation>%1 mostrati su più di %2 corrispondenti</translation>
    </message>
    <message>
        <source>%1 shown of %2 matching</source>
        <translation>%1 mostrati su %2 corrispondenti</translation>
    </message>
    <message>
        <source>glossa search: the query could not be read as search syntax (a lone quote, an operator such as AND, a very long query…), so it was searched as plain words.
</source>
        <translation>glossa search: non è stato possibile interpretare la ricerca secondo la sintassi di ricerca (una virgoletta isolata, un operatore come AND, una ricerca molto lunga…), quindi sono state cercate le semplici parole.
</translation>
    </message>
    <message>
        <source>delete ARTICLE… [--json]   delete articles with their annotations and comments</source>
        <translation>delete ARTICOLO… [--json]   elimina articoli con le loro annotazioni e i loro commenti</translation>
    </message>
    <message>
        <source>properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE] [--language L] [--tags &quot;a, b&quot;] [--note TEXT] [--json]   show or change an article&apos;s properties and note</source>
        <translation>properties ARTICOLO [--title T] [--byline B] [--site S] [--source URL] [--published DATA] [--language L] [--tags &quot;a, b&quot;] [--note TESTO] [--json]   mostra o modifica le proprietà e la nota di un articolo</translation>
    </message>
    <message>
        <source>tag list | tag add|remove ANNOTATION|ARTICLE TAG… [--json]   the tags in use with their counts; tag an annotation or an article</source>
        <translation>tag list | tag add|remove ANNOTAZIONE|ARTICOLO TAG… [--json]   i tag in uso con i relativi conteggi; assegna tag a un&apos;annotazione o a un articolo</translation>
    </message>
    <message>
        <source>import FILE… [--json] [--update | --as-new]   store files in the library (a text already there is refused unless --as-new; --update updates the article with the same source or text)</source>
        <translation>import FILE… [--json] [--update | --as-new]   salva file nella biblioteca (un testo già presente viene rifiutato, a meno di --as-new; --update aggiorna l&apos;articolo con la stessa fonte o lo stesso testo)</translation>
    </message>
    <message>
        <source>print ARTICLE -o FILE.pdf [--page-size A4|Letter] [--json]   the article as File › Print lays it out (footer, page numbers)</source>
        <translation>print ARTICOLO -o FILE.pdf [--page-size A4|Letter] [--json]   l&apos;articolo impaginato come con File › Stampa (piè di pagina, numeri di pagina)</translation>
    </message>
    <message>
        <source>author [--name NAME] [--email EMAIL] [--json]   the name notes and comments are signed with</source>
        <translation>author [--name NOME] [--email EMAIL] [--json]   il nome con cui vengono firmati note e commenti</translation>
    </message>
    <message>
        <source>glossa import: unknown option &apos;%1&apos;. Usage: glossa import FILE… [--json] [--update | --as-new] [--library DIR]
</source>
        <translation>glossa import: opzione sconosciuta &apos;%1&apos;. Uso: glossa import FILE… [--json] [--update | --as-new] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>The text is already in the library as %1; use --update or --as-new.</source>
        <translation>Il testo è già nella biblioteca come %1; usa --update o --as-new.</translation>
    </message>
    <message>
        <source>glossa import: which files? Usage: glossa import FILE… [--json] [--update | --as-new] [--library DIR]
</source>
        <translation>glossa import: quali file? Uso: glossa import FILE… [--json] [--update | --as-new] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa import: --update and --as-new contradict each other; choose one.
</source>
        <translation>glossa import: --update e --as-new si contraddicono; scegline uno.
</translation>
    </message>
    <message>
        <source>glossa import: %1 is already in the library as %2 &quot;%3&quot;; nothing was imported. Use --update to update that article, or --as-new to import it again as a second one.
</source>
        <translation>glossa import: %1 è già nella biblioteca come %2 &quot;%3&quot;; non è stato importato nulla. Usa --update per aggiornare quell&apos;articolo, oppure --as-new per importarlo di nuovo come secondo articolo.
</translation>
    </message>
    <message>
        <source>Usage: glossa print ARTICLE -o FILE.pdf [--page-size A4|Letter] [--json] [--library DIR]
</source>
        <translation>Uso: glossa print ARTICOLO -o FILE.pdf [--page-size A4|Letter] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa print: -o needs the PDF file to write.
</source>
        <translation>glossa print: -o richiede il file PDF da scrivere.
</translation>
    </message>
    <message>
        <source>glossa print: --page-size needs A4 or Letter.
</source>
        <translation>glossa print: --page-size richiede A4 o Letter.
</translation>
    </message>
    <message>
        <source>glossa print: unknown option &apos;%1&apos;.
</source>
        <translation>glossa print: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa print: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa print: indica un solo articolo, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa print: which article? Name one (its id or title).
</source>
        <translation>glossa print: quale articolo? Indicane uno (il suo id o titolo).
</translation>
    </message>
    <message>
        <source>glossa print: where to? Give -o FILE.pdf (then print it with lp or any PDF viewer).
</source>
        <translation>glossa print: dove? Indica -o FILE.pdf (poi stampalo con lp o con un qualsiasi visualizzatore PDF).
</translation>
    </message>
    <message>
        <source>glossa print: &apos;%1&apos; is not a page size Glossa knows; use A4 or Letter.
</source>
        <translation>glossa print: &apos;%1&apos; non è un formato di pagina che Glossa conosce; usa A4 o Letter.
</translation>
    </message>
    <message>
        <source>glossa print: this program cannot print (it has no web engine); run &apos;glossa print&apos;, which hands printing to glossa-window.
</source>
        <translation>glossa print: questo programma non può stampare (non ha un motore web); esegui &apos;glossa print&apos;, che affida la stampa a glossa-window.
</translation>
    </message>
    <message>
        <source>glossa print: %1.
</source>
        <translation>glossa print: %1.
</translation>
    </message>
    <message>
        <source>glossa print: the library could not be read: %1
</source>
        <translation>glossa print: impossibile leggere la biblioteca: %1
</translation>
    </message>
    <message>
        <source>glossa print: “%1” has no text to print.
</source>
        <translation>glossa print: “%1” non ha testo da stampare.
</translation>
    </message>
    <message>
        <source>glossa print: the article could not be printed: %1.
</source>
        <translation>glossa print: impossibile stampare l&apos;articolo: %1.
</translation>
    </message>
    <message>
        <source>Printed “%1” to %2 (%3).
</source>
        <translation>Stampato “%1” in %2 (%3).
</translation>
    </message>
    <message>
        <source>Usage: glossa author [--name NAME] [--email EMAIL] [--json] [--library DIR]
</source>
        <translation>Uso: glossa author [--name NOME] [--email EMAIL] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa author: unexpected argument &apos;%1&apos;.
</source>
        <translation>glossa author: argomento inatteso &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa author: --name needs a name (notes and comments are signed with it).
</source>
        <translation>glossa author: --name richiede un nome (è quello con cui vengono firmati note e commenti).
</translation>
    </message>
    <message>
        <source>glossa author: the profile could not be saved: %1
</source>
        <translation>glossa author: impossibile salvare il profilo: %1
</translation>
    </message>
    <message>
        <source>Notes, comments and votes are signed “%1” from now on, and so are the notes signed with the previous name.
</source>
        <translation>D&apos;ora in poi note, commenti e voti sono firmati “%1”, e così anche le note firmate con il nome precedente.
</translation>
    </message>
    <message>
        <source>Usage: glossa delete ARTICLE… [--json] [--library DIR]
</source>
        <translation>Uso: glossa delete ARTICOLO… [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa delete: unknown option &apos;%1&apos;.
</source>
        <translation>glossa delete: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa delete: which articles? Name each by its id or title (&apos;glossa list&apos; shows them).
</source>
        <translation>glossa delete: quali articoli? Indica ciascuno con il suo id o titolo (&apos;glossa list&apos; li mostra).
</translation>
    </message>
    <message>
        <source>glossa delete: nothing was deleted.
</source>
        <translation>glossa delete: non è stato eliminato nulla.
</translation>
    </message>
    <message>
        <source>Deleted %1 &quot;%2&quot; with %3 annotation(s) and %4 comment(s).
</source>
        <translation>Eliminato %1 &quot;%2&quot; (annotazioni: %3, commenti: %4).
</translation>
    </message>
    <message>
        <source>Usage: glossa tag list [--json] [--library DIR]
       glossa tag add|remove ANNOTATION|ARTICLE TAG… [--json] [--library DIR]
</source>
        <translation>Uso: glossa tag list [--json] [--library CARTELLA]
     glossa tag add|remove ANNOTAZIONE|ARTICOLO TAG… [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>#%1	%2 article(s), %3 annotation(s)
</source>
        <translation>#%1	articoli: %2, annotazioni: %3
</translation>
    </message>
    <message>
        <source>No tags yet: write #tag in a note, or run &apos;glossa tag add&apos;.
</source>
        <translation>Ancora nessun tag: scrivi #tag in una nota, oppure esegui &apos;glossa tag add&apos;.
</translation>
    </message>
    <message>
        <source>glossa tag: unknown option &apos;%1&apos;.
</source>
        <translation>glossa tag: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa tag: say list, add or remove, and for add and remove what to tag and the tags.
</source>
        <translation>glossa tag: indica list, add o remove e, per add e remove, a cosa assegnarli e i tag.
</translation>
    </message>
    <message>
        <source>glossa tag: &apos;%1&apos; cannot be a tag: a tag is one word (letters, digits, - _ /).
</source>
        <translation>glossa tag: &apos;%1&apos; non può essere un tag: un tag è una sola parola (lettere, cifre, - _ /).
</translation>
    </message>
    <message>
        <source>Tags: %1
</source>
        <translation>Tag: %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Usage: glossa properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE] [--language L] [--tags &quot;a, b&quot;] [--note TEXT] [--json] [--library DIR]
</source>
        <translation>Uso: glossa properties ARTICOLO [--title T] [--byline B] [--site S] [--source URL] [--published DATA] [--language L] [--tags &quot;a, b&quot;] [--note TESTO] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Data di pubblicazione</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>glossa properties: %1 needs a value.
</source>
        <translation>glossa properties: %1 richiede un valore.
</translation>
    </message>
    <message>
        <source>glossa properties: unknown option &apos;%1&apos;.
</source>
        <translation>glossa properties: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa properties: name one article.
</source>
        <translation>glossa properties: indica un solo articolo.
</translation>
    </message>
    <message>
        <source>glossa properties: which article? (&apos;glossa list&apos; shows them)
</source>
        <translation>glossa properties: quale articolo? (&apos;glossa list&apos; li mostra)
</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>the article is gone.</source>
        <translation>l&apos;articolo non esiste più.</translation>
    </message>
    <message>
        <source>check [--repair] [--json]   check the library&apos;s pages, references and search index; --repair rebuilds the search index after a backup</source>
        <translation>check [--repair] [--json]   controlla le pagine, i riferimenti e l&apos;indice di ricerca della libreria; --repair ricostruisce l&apos;indice di ricerca dopo un backup</translation>
    </message>
    <message>
        <source>restore [BACKUP | --latest] [--json]   list the library&apos;s backups, or put one in place (the file it replaces is kept aside)</source>
        <translation>restore [BACKUP | --latest] [--json]   elenca i backup della libreria, o ne rimette uno al suo posto (il file che sostituisce viene conservato a parte)</translation>
    </message>
    <message>
        <source>glossa check: cannot read %1: %2
</source>
        <translation>glossa check: impossibile leggere %1: %2
</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pagine</translation>
    </message>
    <message>
        <source>references</source>
        <translation>riferimenti</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>indice di ricerca</translation>
    </message>
    <message>
        <source>glossa check: no backup could be taken, so nothing was repaired: %1
</source>
        <translation>glossa check: non è stato possibile fare un backup, quindi non è stato riparato nulla: %1
</translation>
    </message>
    <message>
        <source>glossa check: rebuilding the search index…
</source>
        <translation>glossa check: ricostruzione dell&apos;indice di ricerca…
</translation>
    </message>
    <message>
        <source>glossa check: the search index could not be rebuilt (nothing was changed): %1
</source>
        <translation>glossa check: non è stato possibile ricostruire l&apos;indice di ricerca (non è stato cambiato nulla): %1
</translation>
    </message>
    <message>
        <source>glossa check: unknown argument &apos;%1&apos;.
</source>
        <translation>glossa check: argomento sconosciuto «%1».
</translation>
    </message>
    <message>
        <source>Usage: glossa check [--repair] [--json] [--library DIR]
</source>
        <translation>Uso: glossa check [--repair] [--json] [--library CARTELLA]
</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index, which had %n problem(s); the library as it was is in the backup %1.
</source>
        <translation>
            <numerusform>Ricostruito l&apos;indice di ricerca, che aveva %n problema; la libreria com&apos;era è nel backup %1.
</numerusform>
            <numerusform>Ricostruito l&apos;indice di ricerca, che aveva %n problemi; la libreria com&apos;era è nel backup %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The library in %1 is healthy: its pages, references and search index are in order.
</source>
        <translation>La libreria in %1 è sana: pagine, riferimenti e indice di ricerca sono in ordine.
</translation>
    </message>
    <message numerus="yes">
        <source>The library in %1 has %n problem(s):
</source>
        <translation>
            <numerusform>La libreria in %1 ha %n problema:
</numerusform>
            <numerusform>La libreria in %1 ha %n problemi:
</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is made from the library&apos;s own text: &apos;glossa check --repair&apos; rebuilds it (after taking a backup).
</source>
        <translation>L&apos;indice di ricerca è ricavato dal testo della libreria stessa: «glossa check --repair» lo ricostruisce (dopo aver fatto un backup).
</translation>
    </message>
    <message>
        <source>Damaged pages cannot be rebuilt from the library itself. &apos;glossa restore&apos; lists the backups; &apos;glossa restore --latest&apos; puts the newest in place and keeps this file aside.
</source>
        <translation>Le pagine danneggiate non si possono ricostruire dalla libreria stessa. «glossa restore» elenca i backup; «glossa restore --latest» rimette al suo posto il più recente e conserva a parte questo file.
</translation>
    </message>
    <message>
        <source>Usage: glossa restore [BACKUP | --latest] [--json] [--library DIR]
</source>
        <translation>Uso: glossa restore [BACKUP | --latest] [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa restore: unknown option &apos;%1&apos;.
</source>
        <translation>glossa restore: opzione sconosciuta «%1».
</translation>
    </message>
    <message>
        <source>glossa restore: name one backup, or --latest.
</source>
        <translation>glossa restore: indica un solo backup, oppure --latest.
</translation>
    </message>
    <message>
        <source>There are no backups of the library in %1.
</source>
        <translation>Non ci sono backup della libreria in %1.
</translation>
    </message>
    <message>
        <source>glossa restore: there are no backups of the library in %1.
</source>
        <translation>glossa restore: non ci sono backup della libreria in %1.
</translation>
    </message>
    <message>
        <source>glossa restore: there is no backup &apos;%1&apos;; &apos;glossa restore&apos; lists them.
</source>
        <translation>glossa restore: non esiste il backup «%1»; «glossa restore» li elenca.
</translation>
    </message>
    <message>
        <source>glossa restore: cannot create the folder %1.
</source>
        <translation>glossa restore: impossibile creare la cartella %1.
</translation>
    </message>
    <message>
        <source>Restored the backup %1.
</source>
        <translation>Ripristinato il backup %1.
</translation>
    </message>
    <message>
        <source>The library file it replaced is kept as %1.
</source>
        <translation>Il file della libreria che ha sostituito è conservato come %1.
</translation>
    </message>
    <message>
        <source>glossa import: %1: %2.
</source>
        <translation>glossa import: %1: %2.
</translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::ImportAnnotationsCommand</name>
    <message>
        <source>Usage: glossa import-annotations FILE --article ARTICLE [--json] [--library DIR]
</source>
        <translation>Uso: glossa import-annotations FILE --article ARTICOLO [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa import-annotations: --article needs the article to put the annotations on (its id or title).
</source>
        <translation>glossa import-annotations: --article richiede l&apos;articolo su cui mettere le annotazioni (il suo id o titolo).
</translation>
    </message>
    <message>
        <source>glossa import-annotations: unknown option &apos;%1&apos;.
</source>
        <translation>glossa import-annotations: opzione sconosciuta &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>glossa import-annotations: give one file, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa import-annotations: indica un solo file, non &apos;%1&apos; e &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>glossa import-annotations: which file? Give the annotation file to read.
</source>
        <translation>glossa import-annotations: quale file? Indica il file di annotazioni da leggere.
</translation>
    </message>
    <message>
        <source>glossa import-annotations: which article? Give --article with its id or title.
</source>
        <translation>glossa import-annotations: quale articolo? Indica --article con il suo id o titolo.
</translation>
    </message>
    <message>
        <source>glossa import-annotations: %1 Nothing was stored.
</source>
        <translation>glossa import-annotations: %1 Non è stato salvato nulla.
</translation>
    </message>
    <message>
        <source>%1 onto &quot;%2&quot;: %3
</source>
        <translation>%1 su &quot;%2&quot;: %3
</translation>
    </message>
    <message>
        <source>glossa import-annotations: annotation %1 was not imported: %2.
</source>
        <translation>glossa import-annotations: l&apos;annotazione %1 non è stata importata: %2.
</translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::LibraryAccess</name>
    <message>
        <source>glossa: --library needs a folder, as in --library ~/Notes/library.
</source>
        <translation>glossa: --library richiede una cartella, ad esempio --library ~/Notes/library.
</translation>
    </message>
    <message>
        <source>There is no Glossa library in %1. Check the folder, or open Glossa once to create one.</source>
        <translation>Non c&apos;è nessuna biblioteca di Glossa in %1. Controlla la cartella, oppure apri Glossa una volta per crearne una.</translation>
    </message>
    <message>
        <source>The library in %1 is open in another Glossa (%2). Close it there first.</source>
        <translation>La biblioteca in %1 è aperta in un&apos;altra istanza di Glossa (%2). Chiudila prima lì.</translation>
    </message>
    <message>
        <source>The library in %1 is damaged (%2). It has not been changed.</source>
        <translation>La biblioteca in %1 è danneggiata (%2). Non è stata modificata.</translation>
    </message>
    <message>
        <source>The newest backup is %1; Glossa can restore it and keep the damaged file aside.</source>
        <translation>La copia di sicurezza più recente è %1; Glossa può ripristinarla e mettere da parte il file danneggiato.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Non ne esiste una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The library in %1 was written by a newer Glossa (%2). Update Glossa to open it; it has not been changed.</source>
        <translation>La biblioteca in %1 è stata scritta da una versione più recente di Glossa (%2). Aggiorna Glossa per aprirla; non è stata modificata.</translation>
    </message>
    <message>
        <source>%1 holds an SQLite file that is not a Glossa library. It has not been changed.</source>
        <translation>%1 contiene un file SQLite che non è una biblioteca di Glossa. Non è stato modificato.</translation>
    </message>
    <message>
        <source>The library in %1 was written by an older Glossa. Open it once in Glossa to upgrade it.</source>
        <translation>La biblioteca in %1 è stata scritta da una versione precedente di Glossa. Aprila una volta in Glossa per aggiornarla.</translation>
    </message>
    <message>
        <source>Glossa could not open the library in %1: %2.</source>
        <translation>Glossa non è riuscito ad aprire la biblioteca in %1: %2.</translation>
    </message>
    <message>
        <source>glossa list: unexpected argument &apos;%1&apos;. Usage: glossa list [--json] [--library DIR]
</source>
        <translation>glossa list: argomento inatteso &apos;%1&apos;. Uso: glossa list [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa list: could not read the library: %1
</source>
        <translation>glossa list: impossibile leggere la biblioteca: %1
</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Articolo senza titolo</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>id: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>fonte: %1</translation>
    </message>
    <message numerus="yes">
        <source>revision: %1 (%n block(s))</source>
        <translation>
            <numerusform>revisione: %1 (%n blocco)</numerusform>
            <numerusform>revisione: %1 (%n blocchi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotazione</numerusform>
            <numerusform>%n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n collegamento</numerusform>
            <numerusform>%n collegamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commento</numerusform>
            <numerusform>%n commenti</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa show: name one article (its id or title). Usage: glossa show ARTICLE [--json] [--library DIR]
</source>
        <translation>glossa show: indica un articolo (il suo id o titolo). Uso: glossa show ARTICOLO [--json] [--library CARTELLA]
</translation>
    </message>
    <message>
        <source>glossa %1: &apos;%2&apos; matches %3 articles (%4); give more of the id or the title.
</source>
        <translation>glossa %1: &apos;%2&apos; corrisponde a %3 articoli (%4); indica una parte più lunga dell&apos;id o del titolo.
</translation>
    </message>
    <message>
        <source>glossa %1: no article matches &apos;%2&apos;. Run &apos;glossa list&apos; to see the articles.
</source>
        <translation>glossa %1: nessun articolo corrisponde a &apos;%2&apos;. Esegui &apos;glossa list&apos; per vedere gli articoli.
</translation>
    </message>
    <message>
        <source>The library file in %1 is empty: it holds no library. If one was there, restore a backup from its backups folder; otherwise open Glossa once to start a library there.</source>
        <translation>Il file della biblioteca in %1 è vuoto: non contiene nessuna biblioteca. Se ce n&apos;era una, ripristina un backup dalla sua cartella backups; altrimenti apri Glossa una volta per iniziarne una lì.</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un articolo eliminato</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>glossa: updating the search index for inflections… %1%</source>
        <translation>glossa: aggiornamento dell&apos;indice di ricerca per le forme flesse… %1%</translation>
    </message>
    <message>
        <source>The library in %1 cannot be locked for writing: its lock file %2 is not a lock file (a folder, or a file that cannot be read). No Glossa holds it; remove it and try again.</source>
        <translation>Non è possibile bloccare la libreria in %1 per scriverci: il suo file di blocco %2 non è un file di blocco (è una cartella, o un file illeggibile). Nessun Glossa la sta usando; eliminalo e riprova.</translation>
    </message>
    <message>
        <source>The library %1 is read-only (no permission to write in its folder).</source>
        <translation>La libreria %1 è di sola lettura (nessun permesso di scrivere nella sua cartella).</translation>
    </message>
    <message>
        <source>The library %1 is read-only (no permission to write its file %2).</source>
        <translation>La libreria %1 è di sola lettura (nessun permesso di scrivere il suo file %2).</translation>
    </message>
    <message>
        <source>Commands that only read it, such as list, show and search, still work.</source>
        <translation>I comandi che si limitano a leggerla, come list, show e search, funzionano comunque.</translation>
    </message>
    <message>
        <source>there is no permission to write in its folder %1</source>
        <translation>non c’è il permesso di scrivere nella sua cartella %1</translation>
    </message>
    <message>
        <source>there is no permission to write its file %1</source>
        <translation>non c’è il permesso di scrivere il suo file %1</translation>
    </message>
    <message>
        <source>another Glossa has it open for writing (%1)</source>
        <translation>un altro Glossa la tiene aperta in scrittura (%1)</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>è stata aperta in sola lettura</translation>
    </message>
</context>
<context>
    <name>Glossa::DamagedLibraryDialog</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossibile aprire la libreria</translation>
    </message>
    <message>
        <source>Backups of this library, newest first:</source>
        <translation>Backup di questa libreria, dal più recente:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place of the library; the damaged file is kept beside it. Changes made after the backup was taken are not in it.</source>
        <translation>Il ripristino mette il backup scelto al posto della libreria; il file danneggiato viene conservato accanto. Le modifiche fatte dopo il backup non ci sono.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Ripristina backup</translation>
    </message>
    <message>
        <source>There is no backup of this library to restore.</source>
        <translation>Non c&apos;è nessun backup di questa libreria da ripristinare.</translation>
    </message>
</context>
<context>
    <name>Glossa::DeleteArticleCommand</name>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Elimina %n articolo</numerusform>
            <numerusform>Elimina %n articoli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::EditCommentCommand</name>
    <message>
        <source>Edit comment</source>
        <translation>Modifica commento</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::DiscussionHtml</name>
    <message>
        <source>guest</source>
        <translation>ospite</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminato)</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>voti: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modificato il %1</translation>
    </message>
    <message>
        <source>in reply to a comment this library does not have</source>
        <translation>in risposta a un commento che questa biblioteca non ha</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>in risposta a %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::ExportFileName</name>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::LinksHtml</name>
    <message>
        <source>the whole article</source>
        <translation>l&apos;intero articolo</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un articolo eliminato</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Qui:</translation>
    </message>
    <message>
        <source>There:</source>
        <translation>Lì:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <source>Links from this article</source>
        <translation>Collegamenti da questo articolo</translation>
    </message>
    <message>
        <source>Links to this article</source>
        <translation>Collegamenti verso questo articolo</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::MarkdownExport</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>sottolineata</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privata</translation>
    </message>
    <message>
        <source>The article has changed here; this passage read: “%1”</source>
        <translation>Qui l&apos;articolo è cambiato; questo passaggio diceva: “%1”</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Articolo senza titolo</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orfane</translation>
    </message>
    <message>
        <source>Glossa can no longer find these passages in the article; each shows the words it marked.</source>
        <translation>Glossa non trova più questi passaggi nell&apos;articolo; ogni annotazione riporta le parole che segnava.</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ospite</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminato)</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>voti: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modificato il %1</translation>
    </message>
    <message>
        <source>in reply to a comment this library does not have</source>
        <translation>in risposta a un commento che questa biblioteca non ha</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>in risposta a %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>l&apos;intero articolo</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un articolo eliminato</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Qui:</translation>
    </message>
    <message>
        <source>There:</source>
        <translation>Lì:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <source>Links from this article</source>
        <translation>Collegamenti da questo articolo</translation>
    </message>
    <message>
        <source>Links to this article</source>
        <translation>Collegamenti verso questo articolo</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Nota dell&apos;articolo</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::PdfAnnotator</name>
    <message>
        <source>The printed page is not a PDF Glossa can read, so no annotations were added to it.</source>
        <translation>La pagina stampata non è un PDF che Glossa sa leggere, quindi non vi è stata aggiunta alcuna annotazione.</translation>
    </message>
    <message>
        <source>Page %1 of the printed PDF cannot be read, so no annotations were added.</source>
        <translation>Impossibile leggere la pagina %1 del PDF stampato, quindi non è stata aggiunta alcuna annotazione.</translation>
    </message>
    <message>
        <source>The PDF export was cancelled.</source>
        <translation>L&apos;esportazione PDF è stata annullata.</translation>
    </message>
    <message>
        <source>The annotations could not be added to the printed PDF (Poppler error %1).</source>
        <translation>Impossibile aggiungere le annotazioni al PDF stampato (errore di Poppler %1).</translation>
    </message>
    <message>
        <source>The annotated PDF cannot be read back (Poppler error %1), so it was not written.</source>
        <translation>Il PDF annotato non si può rileggere (errore di Poppler %1), perciò non è stato scritto.</translation>
    </message>
    <message>
        <source>The annotated PDF could not be written (Poppler error %1).</source>
        <translation>Non è stato possibile scrivere il PDF annotato (errore di Poppler %1).</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::PdfPageFooter</name>
    <message>
        <source>The printed article cannot be read back (Poppler error %1).</source>
        <translation>Impossibile rileggere l&apos;articolo stampato (errore di Poppler %1).</translation>
    </message>
    <message>
        <source>The printed article could not be written (Poppler error %1).</source>
        <translation>Impossibile scrivere l&apos;articolo stampato (errore di Poppler %1).</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::SaveFile</name>
    <message>
        <source>%1 is a folder; name the file to write</source>
        <translation>%1 è una cartella; indica il file da scrivere</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la cartella %1 non esiste</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 non può essere scritto: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (%2); nothing was saved</source>
        <translation>%1 non è stato scritto per intero (%2); non è stato salvato nulla</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::WebAnnotationExport</name>
    <message>
        <source>The article&apos;s annotations could not be read: %1</source>
        <translation>Impossibile leggere le annotazioni dell&apos;articolo: %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l&apos;articolo %1.</translation>
    </message>
    <message>
        <source>The article %1 has no text to annotate.</source>
        <translation>L&apos;articolo %1 non ha testo da annotare.</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::WebAnnotationImport</name>
    <message>
        <source>The file is not a valid annotation file: item %1 of its list is not an annotation object.</source>
        <translation>Il file non è un file di annotazioni valido: l&apos;elemento %1 del suo elenco non è un oggetto annotazione.</translation>
    </message>
    <message>
        <source>The collection in the file keeps its annotations in pages elsewhere (%1); Glossa reads a collection whose first page is in the file.</source>
        <translation>La raccolta contenuta nel file tiene le annotazioni in pagine che si trovano altrove (%1); Glossa legge le raccolte la cui prima pagina è nel file.</translation>
    </message>
    <message>
        <source>The file holds no annotations Glossa can read: it is neither W3C Web Annotations (an Annotation, AnnotationPage or AnnotationCollection) nor annotations exported from Hypothesis.</source>
        <translation>Il file non contiene annotazioni che Glossa sappia leggere: non si tratta né di W3C Web Annotations (un Annotation, AnnotationPage o AnnotationCollection) né di annotazioni esportate da Hypothesis.</translation>
    </message>
    <message>
        <source>%1 annotations stored: %2 exact, %3 on changed text, %4 orphaned; %5 rejected.</source>
        <translation>%1 annotazioni salvate: %2 esatte, %3 su testo cambiato, %4 orfane; %5 rifiutate.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the annotation file inside it.</source>
        <translation>%1 è una cartella; indica il file di annotazioni che contiene.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than any annotation file Glossa reads (up to %3 MB); check that it is the right file.</source>
        <translation>%1 pesa %2 MB, più di qualsiasi file di annotazioni che Glossa legga (fino a %3 MB); controlla che sia il file giusto.</translation>
    </message>
    <message>
        <source>The file nests its data more than %1 levels deep, which no annotation file does; it was not read.</source>
        <translation>Il file annida i suoi dati a più di %1 livelli di profondità, cosa che nessun file di annotazioni fa; non è stato letto.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Il file non è JSON valido: %1 al byte %2.</translation>
    </message>
    <message>
        <source>the annotation at position %1</source>
        <translation>l&apos;annotazione in posizione %1</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Impossibile leggere la biblioteca: %1</translation>
    </message>
    <message>
        <source>an annotation with the same id comes earlier in the file</source>
        <translation>un&apos;annotazione con lo stesso id compare prima nel file</translation>
    </message>
    <message>
        <source>an annotation with this id is already on another article</source>
        <translation>un&apos;annotazione con questo id è già su un altro articolo</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l&apos;articolo %1.</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; has no text to anchor annotations on.</source>
        <translation>L&apos;articolo &quot;%1&quot; non ha testo su cui ancorare le annotazioni.</translation>
    </message>
    <message>
        <source>The library did not store the annotations: %1</source>
        <translation>La biblioteca non ha salvato le annotazioni: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a target or a list of targets</source>
        <translation>una destinazione o un elenco di destinazioni</translation>
    </message>
    <message>
        <source>points at characters %1 to %2, outside the article&apos;s text (%3 characters)</source>
        <translation>punta ai caratteri da %1 a %2, fuori dal testo dell&apos;articolo (%3 caratteri)</translation>
    </message>
    <message>
        <source>it has no text selector (TextQuoteSelector or TextPositionSelector), so it points at no passage of a text</source>
        <translation>non ha un selettore di testo (TextQuoteSelector o TextPositionSelector), quindi non punta ad alcun passaggio di un testo</translation>
    </message>
    <message>
        <source>a list of targets</source>
        <translation>un elenco di destinazioni</translation>
    </message>
    <message>
        <source>it is a page note: it quotes no passage of the text</source>
        <translation>è una nota di pagina: non cita alcun passaggio del testo</translation>
    </message>
    <message>
        <source>The file is not a valid annotation file: %1 has something other than %2 as its &quot;%3&quot;.</source>
        <translation>Il file non è un file di annotazioni valido: %1 ha come &quot;%3&quot; qualcosa che non è %2.</translation>
    </message>
    <message>
        <source>The file is not a valid annotation file: %1 %2.</source>
        <translation>Il file non è un file di annotazioni valido: %1 %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>text or a list of texts</source>
        <translation>un testo o un elenco di testi</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; as its &quot;%2&quot;, which is not a date and time</source>
        <translation>ha &quot;%1&quot; come &quot;%2&quot;, che non è una data con ora</translation>
    </message>
    <message>
        <source>a whole number of characters</source>
        <translation>un numero intero di caratteri</translation>
    </message>
    <message>
        <source>a selector or a list of selectors</source>
        <translation>un selettore o un elenco di selettori</translation>
    </message>
    <message>
        <source>a selector</source>
        <translation>un selettore</translation>
    </message>
    <message>
        <source>has a TextPositionSelector that ends (%1) before it starts (%2)</source>
        <translation>ha un TextPositionSelector che finisce (%1) prima di cominciare (%2)</translation>
    </message>
    <message>
        <source>a body or a list of bodies</source>
        <translation>un corpo o un elenco di corpi</translation>
    </message>
    <message>
        <source>a person or a name</source>
        <translation>una persona o un nome</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) merged into the discussion.</source>
        <translation>
            <numerusform>%n commento unito alla discussione.</numerusform>
            <numerusform>%n commenti uniti alla discussione.</numerusform>
        </translation>
    </message>
    <message>
        <source>a comment with the same id comes earlier in the file</source>
        <translation>un commento con lo stesso id compare prima nel file</translation>
    </message>
    <message>
        <source>it is a comment with no text</source>
        <translation>è un commento senza testo</translation>
    </message>
    <message>
        <source>The library did not store the comments: %1</source>
        <translation>La biblioteca non ha salvato i commenti: %1</translation>
    </message>
    <message>
        <source>is a reply that does not name the comment it answers</source>
        <translation>è una risposta che non indica il commento a cui risponde</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>votes by name</source>
        <translation>voti per nome</translation>
    </message>
    <message>
        <source>votes of 1 or -1 by name</source>
        <translation>voti di 1 o -1 per nome</translation>
    </message>
    <message>
        <source>a comment with this id is already on another article</source>
        <translation>un commento con questo id è già su un altro articolo</translation>
    </message>
    <message>
        <source>it answers a comment that neither the file nor this article has</source>
        <translation>risponde a un commento che non si trova né nel file né in questo articolo</translation>
    </message>
    <message>
        <source>it is a link between passages (motivation &quot;linking&quot;); links are not imported</source>
        <translation>è un collegamento tra passaggi (motivation &quot;linking&quot;); i collegamenti non vengono importati</translation>
    </message>
    <message>
        <source>it is the note on the whole article, which is not imported as an annotation</source>
        <translation>è la nota sull&apos;intero articolo, che non viene importata come annotazione</translation>
    </message>
    <message>
        <source>more than any annotation file Glossa reads; check that it is the right file</source>
        <translation>più di qualsiasi file di annotazioni che Glossa legge; controlla che sia il file giusto</translation>
    </message>
    <message>
        <source>Glossa cannot read %1: %2.</source>
        <translation>Glossa non riesce a leggere %1: %2.</translation>
    </message>
</context>
<context>
    <name>Glossa::ImportAnnotationsCommand</name>
    <message>
        <source>Import annotations</source>
        <translation>Importa annotazioni</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::HtmlImporter</name>
    <message>
        <source>HTML import needs Glossa&apos;s web engine, which is not available in this program</source>
        <translation>L&apos;importazione HTML richiede il motore web di Glossa, che non è disponibile in questo programma</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::Importers</name>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>no readable text was found in it</source>
        <translation>non contiene testo leggibile</translation>
    </message>
    <message>
        <source>the largest article Glossa accepts</source>
        <translation>l&apos;articolo più grande che Glossa accetta</translation>
    </message>
    <message>
        <source>its text is longer than %1 million characters, the longest article Glossa accepts</source>
        <translation>il suo testo supera i %1 milioni di caratteri, l&apos;articolo più lungo che Glossa accetta</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::InputFile</name>
    <message>
        <source>it is larger than %1 MB, %2</source>
        <translation>è più grande di %1 MB, %2</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>non può essere letto (%1)</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::TextDecoder</name>
    <message>
        <source>the file claims to be UTF-16 but is not valid UTF-16</source>
        <translation>il file dichiara di essere UTF-16 ma non è UTF-16 valido</translation>
    </message>
    <message>
        <source>the file is binary data, not text</source>
        <translation>il file contiene dati binari, non testo</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte(s) replaced by � (the file is UTF-8, but not throughout)</source>
        <translation>
            <numerusform>%n byte non valido sostituito da � (il file è UTF-8, ma non del tutto)</numerusform>
            <numerusform>%n byte non validi sostituiti da � (il file è UTF-8, ma non del tutto)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file claims to be UTF-32 but is not valid UTF-32</source>
        <translation>il file dichiara di essere UTF-32 ma non è UTF-32 valido</translation>
    </message>
</context>
<context>
    <name>Glossa::Library</name>
    <message>
        <source>Me</source>
        <translation>Io</translation>
    </message>
    <message>
        <source>The library is not open for writing.</source>
        <translation>La biblioteca non è aperta in scrittura.</translation>
    </message>
    <message>
        <source>The library is busy in another program; try again in a moment.</source>
        <translation>La biblioteca è in uso da parte di un altro programma; riprova tra un momento.</translation>
    </message>
    <message>
        <source>Could not read the library: %1</source>
        <translation>Impossibile leggere la biblioteca: %1</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Non esiste l&apos;annotazione %1.</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Modifica annotazione</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Cambia colore</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>There is no link %1.</source>
        <translation>Non esiste il collegamento %1.</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>Non esiste il commento %1.</translation>
    </message>
    <message>
        <source>Vote up</source>
        <translation>Vota a favore</translation>
    </message>
    <message>
        <source>Vote down</source>
        <translation>Vota contro</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l&apos;articolo %1.</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Sottolineatura</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Riempimento</translation>
    </message>
    <message>
        <source>The palette needs at least one colour.</source>
        <translation>La tavolozza deve avere almeno un colore.</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>La biblioteca non è aperta.</translation>
    </message>
    <message>
        <source>Mark private</source>
        <translation>Rendi privata</translation>
    </message>
    <message>
        <source>Unmark private</source>
        <translation>Rendi non privata</translation>
    </message>
    <message>
        <source>Each imported annotation needs its own id on the article it is imported to.</source>
        <translation>Ogni annotazione importata deve avere un id proprio nell&apos;articolo in cui viene importata.</translation>
    </message>
    <message>
        <source>The annotation %1 is on another article.</source>
        <translation>L&apos;annotazione %1 si trova su un altro articolo.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commento deve contenere del testo.</translation>
    </message>
    <message>
        <source>There is no comment %1 to reply to.</source>
        <translation>Non esiste il commento %1 a cui rispondere.</translation>
    </message>
    <message>
        <source>Comment %1 is on another article; a reply goes on the same article as the comment it answers.</source>
        <translation>Il commento %1 si trova su un altro articolo; una risposta va sullo stesso articolo del commento a cui risponde.</translation>
    </message>
    <message>
        <source>Annotation %1 is on another article.</source>
        <translation>L&apos;annotazione %1 si trova su un altro articolo.</translation>
    </message>
    <message>
        <source>Comment %1 was deleted; its text cannot be edited.</source>
        <translation>Il commento %1 è stato eliminato; il suo testo non può essere modificato.</translation>
    </message>
    <message>
        <source>Comment %1 is already deleted.</source>
        <translation>Il commento %1 è già stato eliminato.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Elimina commento</translation>
    </message>
    <message>
        <source>A vote needs the name of who casts it.</source>
        <translation>Un voto richiede il nome di chi lo esprime.</translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation>Ritira voto</translation>
    </message>
    <message>
        <source>Comment %1 of the file is on another article of this library.</source>
        <translation>Il commento %1 del file si trova su un altro articolo di questa biblioteca.</translation>
    </message>
    <message>
        <source>The passage %1 of the file is on another article of this library.</source>
        <translation>Il passaggio %1 del file si trova su un altro articolo di questa biblioteca.</translation>
    </message>
    <message>
        <source>Merge discussion</source>
        <translation>Unisci discussione</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Un autore deve avere un nome.</translation>
    </message>
    <message>
        <source>A passage to link needs some of the article&apos;s words.</source>
        <translation>Un passaggio da collegare richiede alcune parole dell&apos;articolo.</translation>
    </message>
    <message>
        <source>A link joins two different passages or articles; both ends are the same.</source>
        <translation>Un collegamento unisce due passaggi o articoli diversi; le due estremità coincidono.</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Aggiungi collegamento</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Rimuovi collegamento</translation>
    </message>
    <message>
        <source>Re-target link</source>
        <translation>Cambia destinazione del collegamento</translation>
    </message>
    <message>
        <source>“%1” is the title of %2 articles (%3): choose one, or write [[id:ARTICLE|%1]] with the id of the one you mean.</source>
        <translation>“%1” è il titolo di %2 articoli (%3): scegline uno, oppure scrivi [[id:ARTICOLO|%1]] con l&apos;id di quello che intendi.</translation>
    </message>
    <message>
        <source>“%1” cannot be a tag: a tag is one word (letters, digits, - _ /), no spaces.</source>
        <translation>“%1” non può essere un tag: un tag è una sola parola (lettere, cifre, - _ /), senza spazi.</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifica tag</translation>
    </message>
    <message>
        <source>“%1” is not a date Glossa can read: write the published date as 2024-06-19, or 2024-06-19T08:30:00Z with a time.</source>
        <translation>“%1” non è una data che Glossa sa leggere: scrivi la data di pubblicazione come 2024-06-19, oppure 2024-06-19T08:30:00Z con l&apos;ora.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag: write it as “it”, “en” or “en-GB”.</source>
        <translation>“%1” non è un codice di lingua: scrivilo come “it”, “en” o “en-GB”.</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>Modifica proprietà</translation>
    </message>
    <message>
        <source>Edit article note</source>
        <translation>Modifica nota dell&apos;articolo</translation>
    </message>
    <message>
        <source>Rename article</source>
        <translation>Rinomina articolo</translation>
    </message>
</context>
<context>
    <name>Glossa::LibraryImport</name>
    <message>
        <source>The library is not open for writing.</source>
        <translation>La biblioteca non è aperta in scrittura.</translation>
    </message>
    <message>
        <source>The library refused the article: %1</source>
        <translation>La biblioteca ha rifiutato l&apos;articolo: %1</translation>
    </message>
    <message>
        <source>The article to update could not be read: %1</source>
        <translation>Impossibile leggere l&apos;articolo da aggiornare: %1</translation>
    </message>
    <message>
        <source>The library refused the update: %1</source>
        <translation>La biblioteca ha rifiutato l&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l&apos;articolo %1.</translation>
    </message>
    <message>
        <source>The library is busy in another program; try again in a moment.</source>
        <translation>La biblioteca è in uso da parte di un altro programma; riprova tra un momento.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Impossibile leggere la biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>Glossa::LibraryListModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Articolo senza titolo</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
di %2</translation>
    </message>
    <message numerus="yes">
        <source>● %n new comment(s)</source>
        <translation>
            <numerusform>● %n nuovo commento</numerusform>
            <numerusform>● %n nuovi commenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n evidenziazione</numerusform>
            <numerusform>%n evidenziazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commento</numerusform>
            <numerusform>%n commenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n collegamento</numerusform>
            <numerusform>%n collegamenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Links::LinkReader</name>
    <message>
        <source>text changed</source>
        <extracomment>A link one of whose passages reads differently since its article was updated.</extracomment>
        <translation>testo cambiato</translation>
    </message>
    <message>
        <source>dangling</source>
        <extracomment>A link one of whose ends (article or passage) was deleted or could not be found again.</extracomment>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>valido</translation>
    </message>
</context>
<context>
    <name>Glossa::Links::LinkRelation</name>
    <message>
        <source>A link needs a relation: supports, contradicts, elaborates, cites, same-topic, or your own words.</source>
        <translation>Un collegamento richiede una relazione: supports (sostiene), contradicts (contraddice), elaborates (approfondisce), cites (cita), same-topic (stesso argomento), oppure parole tue.</translation>
    </message>
    <message>
        <source>A relation is at most %1 characters; this one has %2. Say it shorter, and put the rest in the link&apos;s note.</source>
        <translation>Una relazione può avere al massimo %1 caratteri; questa ne ha %2. Abbreviala e metti il resto nella nota del collegamento.</translation>
    </message>
    <message>
        <source>supports</source>
        <extracomment>Link relations, as the reader&apos;s link markers and the Links pane show them: &quot;this passage supports that one&quot;.</extracomment>
        <translation>sostiene</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contraddice</translation>
    </message>
    <message>
        <source>elaborates</source>
        <translation>approfondisce</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>same topic</source>
        <translation>stesso argomento</translation>
    </message>
    <message>
        <source>mentions</source>
        <extracomment>The relation of a [[wiki link]] written in a note or a comment.</extracomment>
        <translation>menziona</translation>
    </message>
</context>
<context>
    <name>Glossa::Model::Annotation</name>
    <message>
        <source>Private: left out of exports</source>
        <translation>Privata: esclusa dalle esportazioni</translation>
    </message>
</context>
<context>
    <name>Glossa::Model::Palette</name>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accordo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>In disaccordo</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Da approfondire</translation>
    </message>
</context>
<context>
    <name>Glossa::PaletteCommand</name>
    <message>
        <source>Change palette</source>
        <translation>Modifica tavolozza</translation>
    </message>
</context>
<context>
    <name>Glossa::RemoveAnnotationCommand</name>
    <message>
        <source>Remove annotation</source>
        <translation>Rimuovi annotazione</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::HoverText</name>
    <message>
        <source>%1 (text changed)</source>
        <extracomment>In the tooltip of a highlight whose passage was edited since it was made. %1 is the colour&apos;s meaning.</extracomment>
        <translation>%1 (testo cambiato)</translation>
    </message>
    <message>
        <source>It read: “%1”</source>
        <extracomment>In a highlight&apos;s tooltip: the words that were marked, before the article changed them.</extracomment>
        <translation>Diceva: “%1”</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::InlineHtml</name>
    <message>
        <source>%1 (Ctrl+click to open it in your browser)</source>
        <extracomment>The tooltip of a link in an article; %1 is its address.</extracomment>
        <translation>%1 (Ctrl+clic per aprirlo nel browser)</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::NoteHtml</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l&apos;articolo %1.</translation>
    </message>
    <message>
        <source>No article is called “%1”.</source>
        <translation>Nessun articolo si intitola “%1”.</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::PageItems</name>
    <message numerus="yes">
        <source>Comment by %1: %n replies</source>
        <extracomment>The name of an inline comment&apos;s marker and bubble in the article, for screen readers and as its tooltip. %1 is the comment&apos;s author.</extracomment>
        <translation>
            <numerusform>Commento di %1: %n risposta</numerusform>
            <numerusform>Commento di %1: %n risposte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Render::ReaderHtml</name>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Nota sull&apos;articolo</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::ThreadHtml</name>
    <message>
        <source>in reply to a comment you don&apos;t have</source>
        <translation>in risposta a un commento che non hai</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>in risposta a %1</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Questo commento è stato eliminato.</translation>
    </message>
    <message>
        <source>No comments on this article yet.</source>
        <translation>Ancora nessun commento su questo articolo.</translation>
    </message>
    <message>
        <source>No comments match this filter.</source>
        <translation>Nessun commento corrisponde a questo filtro.</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(tu)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>Edited %1: show the earlier text</source>
        <translation>Modificato %1: mostra il testo precedente</translation>
    </message>
    <message>
        <source>✓ resolved</source>
        <translation>✓ risolto</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>On the passage</source>
        <translation>Sul passaggio</translation>
    </message>
    <message>
        <source>Show this passage in the article</source>
        <translation>Mostra questo passaggio nell&apos;articolo</translation>
    </message>
    <message>
        <source>(passage not found)</source>
        <translation>(passaggio non trovato)</translation>
    </message>
    <message>
        <source>You voted this up; click to take your vote back</source>
        <translation>Hai votato a favore; fai clic per ritirare il voto</translation>
    </message>
    <message>
        <source>Vote up</source>
        <translation>Vota a favore</translation>
    </message>
    <message numerus="yes">
        <source>Score: %n vote(s) in all</source>
        <translation>
            <numerusform>Punteggio: %n voto in totale</numerusform>
            <numerusform>Punteggio: %n voti in totale</numerusform>
        </translation>
    </message>
    <message>
        <source>You voted this down; click to take your vote back</source>
        <translation>Hai votato contro; fai clic per ritirare il voto</translation>
    </message>
    <message>
        <source>Vote down</source>
        <translation>Vota contro</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit %1&apos;s comment in your copy of the thread</source>
        <translation>Modifica il commento di %1 nella tua copia della discussione</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete %1&apos;s comment from your copy of the thread</source>
        <translation>Elimina il commento di %1 dalla tua copia della discussione</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Comprimi</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Smetti di seguire</translation>
    </message>
    <message>
        <source>Replies merged in from others&apos; files will no longer be marked new</source>
        <translation>Le risposte unite dai file di altri non saranno più segnate come nuove</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Segui</translation>
    </message>
    <message>
        <source>Mark the replies merged in from others&apos; files as new</source>
        <translation>Segna come nuove le risposte unite dai file di altri</translation>
    </message>
    <message>
        <source>✓ Resolved</source>
        <translation>✓ Risolto</translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n risposta)</numerusform>
            <numerusform>(%n risposte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show the resolved comment</source>
        <translation>Mostra il commento risolto</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n replies</source>
        <translation>
            <numerusform>Mostra %n risposta</numerusform>
            <numerusform>Mostra tutte le %n risposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older reply(ies) not shown</source>
        <translation>
            <numerusform>%n risposta meno recente non mostrata</numerusform>
            <numerusform>%n risposte meno recenti non mostrate</numerusform>
        </translation>
    </message>
    <message>
        <source>a deleted comment</source>
        <translation>un commento eliminato</translation>
    </message>
    <message numerus="yes">
        <source>Show more comments (%n not shown)</source>
        <translation>
            <numerusform>Mostra altri commenti (%n non mostrato)</numerusform>
            <numerusform>Mostra altri commenti (%n non mostrati)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fino a %1</translation>
    </message>
    <message>
        <source>No earlier text is kept.</source>
        <translation>Non è conservato alcun testo precedente.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>poco fa</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n mese fa</numerusform>
            <numerusform>%n mesi fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n anno fa</numerusform>
            <numerusform>%n anni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching this discussion</source>
        <translation>Stai seguendo questa discussione</translation>
    </message>
    <message>
        <source>Comments merged in from others&apos; files will no longer be marked new</source>
        <translation>I commenti uniti dai file di altri non saranno più segnati come nuovi</translation>
    </message>
    <message>
        <source>Watch this discussion</source>
        <translation>Segui questa discussione</translation>
    </message>
    <message>
        <source>Mark the comments merged in from others&apos; files as new</source>
        <translation>Segna come nuovi i commenti uniti dai file di altri</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuovo</numerusform>
            <numerusform>%n nuovi</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Segna come letti</translation>
    </message>
</context>
<context>
    <name>Glossa::ReviseArticleCommand</name>
    <message>
        <source>Update article</source>
        <translation>Aggiorna articolo</translation>
    </message>
</context>
<context>
    <name>Glossa::Search::LibrarySearch</name>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
</context>
<context>
    <name>Glossa::Store::Database</name>
    <message>
        <source>The disk is full: Glossa could not write to the library. Free some space on the disk and try again.</source>
        <translation>Il disco è pieno: Glossa non ha potuto scrivere nella libreria. Libera un po’ di spazio sul disco e riprova.</translation>
    </message>
    <message>
        <source>The disk is full: Glossa could not write %1. Free some space on that disk and try again.</source>
        <translation>Il disco è pieno: Glossa non ha potuto scrivere %1. Libera un po’ di spazio su quel disco e riprova.</translation>
    </message>
</context>
<context>
    <name>Glossa::Store::LibraryCheck</name>
    <message>
        <source>article titles</source>
        <translation>titoli degli articoli</translation>
    </message>
    <message>
        <source>article texts</source>
        <translation>testi degli articoli</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>passi</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotazioni</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commenti</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la riga %1 di %2 rimanda a una riga mancante di %3</translation>
    </message>
    <message>
        <source>the search index misses %n of the %1 (search does not find them)</source>
        <translation>all&apos;indice di ricerca mancano %1: %n (la ricerca non li trova)</translation>
    </message>
    <message>
        <source>the search index holds %n entries for %1 that are no longer in the library</source>
        <translation>l&apos;indice di ricerca contiene voci per %1 che non sono più nella libreria: %n</translation>
    </message>
</context>
<context>
    <name>Glossa::Thread::ThreadFileFormat</name>
    <message>
        <source>it is not a complete thread file (%1 at byte %2); it may have been cut short.</source>
        <translation>non è un file di discussione completo (%1 al byte %2); potrebbe essere stato troncato.</translation>
    </message>
    <message>
        <source>it is not a Glossa thread file (&apos;glossa thread-export&apos; writes them).</source>
        <translation>non è un file di discussione di Glossa (li scrive &apos;glossa thread-export&apos;).</translation>
    </message>
    <message>
        <source>it is a thread file of version %1, which this Glossa cannot read (it reads version %2).</source>
        <translation>è un file di discussione della versione %1, che questa versione di Glossa non sa leggere (legge la versione %2).</translation>
    </message>
    <message>
        <source>it does not say which article its thread is on.</source>
        <translation>non indica a quale articolo appartiene la sua discussione.</translation>
    </message>
    <message>
        <source>comment %1 has a vote of %2; a vote is 1 or -1.</source>
        <translation>il commento %1 ha un voto pari a %2; un voto vale 1 o -1.</translation>
    </message>
    <message>
        <source>comment number %1 lacks its id, its time or its text.</source>
        <translation>al commento numero %1 manca l&apos;id, la data o il testo.</translation>
    </message>
    <message>
        <source>comment %1 appears twice.</source>
        <translation>il commento %1 compare due volte.</translation>
    </message>
    <message>
        <source>an earlier text of comment %1 has no time.</source>
        <translation>una versione precedente del testo del commento %1 non ha una data.</translation>
    </message>
    <message>
        <source>a passage of the thread lacks its id or its words.</source>
        <translation>a un passaggio della discussione mancano l&apos;id o le parole.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>è vuoto.</translation>
    </message>
    <message>
        <source>its article&apos;s text sketch holds something other than 32-bit numbers.</source>
        <translation>l&apos;impronta del testo del suo articolo contiene qualcosa di diverso da numeri a 32 bit.</translation>
    </message>
    <message>
        <source>it is %1 MB, larger than the %2 MB a thread file may be; no discussion is that long, so it is not read.</source>
        <translation>pesa %1 MB, più dei %2 MB consentiti per un file di discussione; nessuna discussione è così lunga, quindi non viene letto.</translation>
    </message>
    <message>
        <source>the largest a thread file may be; no discussion is that long, so it is not read</source>
        <translation>la dimensione massima di un file di discussione; nessuna discussione è così lunga, quindi non viene letto</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationImportController</name>
    <message>
        <source>Open the article the annotations belong to, then import them.</source>
        <translation>Apri l&apos;articolo a cui appartengono le annotazioni, poi importale.</translation>
    </message>
    <message>
        <source>Import Annotations onto “%1”</source>
        <translation>Importa annotazioni su “%1”</translation>
    </message>
    <message>
        <source>Web Annotations and Hypothesis exports (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotations ed esportazioni di Hypothesis (*.jsonld *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The annotations could not be imported: %1</source>
        <translation>Impossibile importare le annotazioni: %1</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importa annotazioni</translation>
    </message>
    <message>
        <source>Nothing was changed in the library.</source>
        <translation>Nella biblioteca non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not find their passage in this article; the Annotations pane lists them as orphans, ready to be attached to a new selection.</source>
        <translation>
            <numerusform>%n annotazione non ha trovato il suo passaggio in questo articolo; il riquadro Annotazioni la elenca tra le orfane, pronta per essere ricollegata a una nuova selezione.</numerusform>
            <numerusform>%n annotazioni non hanno trovato il loro passaggio in questo articolo; il riquadro Annotazioni le elenca tra le orfane, pronte per essere ricollegate a una nuova selezione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationTagsLine</name>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>storia, fonti — or write #storia in the note</source>
        <translation>storia, fonti — oppure scrivi #storia nella nota</translation>
    </message>
    <message>
        <source>The annotation&apos;s tags, separated by commas or spaces. A #tag written in the note is added here by itself.</source>
        <translation>I tag dell&apos;annotazione, separate da virgole o spazi. Un #tag scritto nella nota viene aggiunto qui automaticamente.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Rimuovi il tag</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Aggiungi tag…</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Aggiungi tag</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationsPane</name>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Ricollega alla selezione</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Annotazioni orfane</translation>
    </message>
    <message>
        <source>Filter by text or tag…</source>
        <translation>Filtra per testo o tag…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtra annotazioni</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filtra per colore</translation>
    </message>
    <message>
        <source>Attach the selected orphan to the text selected in the reader</source>
        <translation>Collega l&apos;annotazione orfana selezionata al testo selezionato nel lettore</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Tutti i colori</translation>
    </message>
    <message numerus="yes">
        <source>Orphans: %n annotation(s) whose passage is no longer in the article.</source>
        <translation>
            <numerusform>Orfane: %n annotazione il cui passaggio non è più nell&apos;articolo.</numerusform>
            <numerusform>Orfane: %n annotazioni il cui passaggio non è più nell&apos;articolo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>%1 (not in the palette)</source>
        <translation>%1 (non nella tavolozza)</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Nota sull&apos;articolo</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Nota dell&apos;articolo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ArticleActions</name>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Elimina articolo…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Proprietà…</translation>
    </message>
    <message>
        <source>Article &amp;Note…</source>
        <translation>&amp;Nota dell&apos;articolo…</translation>
    </message>
    <message>
        <source>Delete the selected articles with their annotations and comments (undoable)</source>
        <translation>Elimina gli articoli selezionati con le loro annotazioni e i loro commenti (annullabile)</translation>
    </message>
    <message>
        <source>Edit the article&apos;s title, byline, site, source, date, language and tags</source>
        <translation>Modifica titolo, autore, sito, fonte, data, lingua e tag dell&apos;articolo</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Write a note on the whole article, shown above its text</source>
        <translation>Scrivi una nota sull&apos;intero articolo, mostrata sopra il testo</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Eliminare “%1”?</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Articolo senza titolo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)?</source>
        <translation>
            <numerusform>Eliminare %n articolo?</numerusform>
            <numerusform>Eliminare %n articoli?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotazione</numerusform>
            <numerusform>%n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commento</numerusform>
            <numerusform>%n commenti</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no annotations or comments.</source>
        <translation>Non ha annotazioni né commenti.</translation>
    </message>
    <message>
        <source>They have no annotations or comments.</source>
        <translation>Non hanno annotazioni né commenti.</translation>
    </message>
    <message>
        <source>Its %1 go with it.</source>
        <translation>Insieme all&apos;articolo verranno eliminati anche: %1.</translation>
    </message>
    <message>
        <source>Their %1 go with them.</source>
        <translation>Insieme agli articoli verranno eliminati anche: %1.</translation>
    </message>
    <message>
        <source>Edit › Undo brings everything back.</source>
        <translation>Modifica › Annulla ripristina tutto.</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>Elimina articoli</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Non è stato eliminato nulla: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s). Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Eliminato %n articolo. Modifica › Annulla lo ripristina.</numerusform>
            <numerusform>Eliminati %n articoli. Modifica › Annulla li ripristina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Article(s)…</source>
        <translation>
            <numerusform>&amp;Elimina %n articolo…</numerusform>
            <numerusform>&amp;Elimina %n articoli…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Proprietà dell&apos;articolo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Autore:</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Chi l&apos;ha scritto</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sito:</translation>
    </message>
    <message>
        <source>Where it was published</source>
        <translation>Dove è stato pubblicato</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>The file or web address it came from</source>
        <translation>Il file o l&apos;indirizzo web da cui proviene</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>Data di &amp;pubblicazione:</translation>
    </message>
    <message>
        <source>2024-06-19</source>
        <translation>2024-06-19</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>it, en, fr…</source>
        <translation>it, en, fr…</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>storia, fonti</source>
        <translation>storia, fonti</translation>
    </message>
    <message>
        <source>A note on the whole article (Markdown; #tags become the article&apos;s tags)</source>
        <translation>Una nota sull&apos;intero articolo (Markdown; i #tag diventano tag dell&apos;articolo)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The article is no longer in the library.</source>
        <translation>L&apos;articolo non è più nella biblioteca.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AuthorDialog</name>
    <message>
        <source>Who Is Commenting?</source>
        <translation>Chi sta commentando?</translation>
    </message>
    <message>
        <source>Before your first comment: which name should it carry? You can change it later in Settings › Configure Glossa….</source>
        <translation>Prima del tuo primo commento: con quale nome vuoi firmarlo? Potrai cambiarlo in seguito in Impostazioni › Configura Glossa….</translation>
    </message>
    <message>
        <source>&amp;Comment with This Name</source>
        <translation>&amp;Commenta con questo nome</translation>
    </message>
    <message>
        <source>Comment as &amp;Guest</source>
        <translation>Commenta come &amp;ospite</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation>Impossibile salvare il nome: %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AuthorPage</name>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>The name others see on your comments</source>
        <translation>Il nome che gli altri vedono sui tuoi commenti</translation>
    </message>
    <message>
        <source>Your e-mail address (optional)</source>
        <translation>Il tuo indirizzo e-mail (facoltativo)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Your comments and votes carry this name. It stays in this library and in the discussion files you share; nothing is sent anywhere.</source>
        <translation>I tuoi commenti e i tuoi voti portano questo nome. Resta in questa biblioteca e nei file di discussione che condividi; non viene inviato nulla da nessuna parte.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::CommentEditor</name>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Comment editor</source>
        <translation>Editor dei commenti</translation>
    </message>
    <message>
        <source>What you are writing</source>
        <translation>Ciò che stai scrivendo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Write your comment in Markdown…</source>
        <translation>Scrivi il tuo commento in Markdown…</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Return)</source>
        <translation>Pubblica il commento (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Discard what you wrote (Esc)</source>
        <translation>Scarta ciò che hai scritto (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuovo commento</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Risposta a %1</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Modifica commento</translation>
    </message>
    <message>
        <source>Comment on «%1»</source>
        <translation>Commento su «%1»</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ExportDialog</name>
    <message>
        <source>&amp;Open when done</source>
        <translation>&amp;Apri al termine</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 pollici)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Formato &amp;pagina:</translation>
    </message>
    <message numerus="yes">
        <source>Include &amp;private notes (%n in this article)</source>
        <translation>
            <numerusform>Includi le note p&amp;rivate (%n in questo articolo)</numerusform>
            <numerusform>Includi le note p&amp;rivate (%n in questo articolo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include &amp;private notes (this article has none)</source>
        <translation>Includi le note p&amp;rivate (questo articolo non ne ha)</translation>
    </message>
    <message>
        <source>Private notes stay out of exports unless you include them here.</source>
        <translation>Le note private restano escluse dalle esportazioni, a meno che tu non le includa qui.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Esporta PDF annotato</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Esporta Markdown</translation>
    </message>
    <message>
        <source>Export Web Annotations</source>
        <translation>Esporta Web Annotations</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>File Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Include the &amp;discussion</source>
        <translation>Includi la &amp;discussione</translation>
    </message>
    <message>
        <source>The article&apos;s comment thread, after the annotations.</source>
        <translation>La discussione dell&apos;articolo, dopo le annotazioni.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation>&amp;PDF annotato…</translation>
    </message>
    <message>
        <source>Save the article as a PDF with its highlights, margin notes and PDF annotations</source>
        <translation>Salva l&apos;articolo come PDF con le evidenziazioni, le note a margine e le annotazioni PDF</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the article&apos;s highlights and notes as a Markdown file (for Obsidian or any notes folder)</source>
        <translation>Salva le evidenziazioni e le note dell&apos;articolo in un file Markdown (per Obsidian o qualsiasi cartella di note)</translation>
    </message>
    <message>
        <source>&amp;Web Annotations…</source>
        <translation>&amp;Web Annotations…</translation>
    </message>
    <message>
        <source>Save the article&apos;s annotations as W3C Web Annotations (JSON-LD) that Glossa and other tools can read</source>
        <translation>Salva le annotazioni dell&apos;articolo in formato W3C Web Annotations (JSON-LD), leggibile da Glossa e da altri strumenti</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importa &amp;annotazioni…</translation>
    </message>
    <message>
        <source>Read W3C Web Annotations or a Hypothesis export onto the article shown, as one undoable step</source>
        <translation>Leggi annotazioni W3C Web Annotations o un&apos;esportazione di Hypothesis sull&apos;articolo visualizzato, in un&apos;unica operazione annullabile</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::FindBar</name>
    <message>
        <source>Find in Article</source>
        <translation>Trova nell&apos;articolo</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Chiudi la barra di ricerca (Escape)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Trova:</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Trova nell&apos;articolo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Corrispondenza precedente (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Corrispondenza precedente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successiva</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Corrispondenza successiva (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Corrispondenza successiva</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corrispondenze</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Find words in the article, whatever their case and accents</source>
        <translation>Trova parole nell&apos;articolo, indipendentemente da maiuscole e accenti</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Trova &amp;successivo</translation>
    </message>
    <message>
        <source>Go to the next match in the article</source>
        <translation>Vai alla corrispondenza successiva nell&apos;articolo</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <source>Go to the previous match in the article</source>
        <translation>Vai alla corrispondenza precedente nell&apos;articolo</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessuna corrispondenza</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n corrispondenza</numerusform>
            <numerusform>%n corrispondenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::HistoryNavigator</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <source>Back to “%1”</source>
        <extracomment>Tool tip of the Back arrow; %1 is the title of the article it goes back to.</extracomment>
        <translation>Torna a “%1”</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Forward to “%1”</source>
        <extracomment>Tool tip of the Forward arrow; %1 is the title of the article it goes forward to.</extracomment>
        <translation>Vai avanti a “%1”</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::HtmlPageExtractor</name>
    <message>
        <source>the page is too large to import (over 2 MB once its scripts are removed)</source>
        <translation>la pagina è troppo grande da importare (oltre 2 MB una volta rimossi gli script)</translation>
    </message>
    <message>
        <source>the page took too long to analyse</source>
        <translation>l&apos;analisi della pagina ha richiesto troppo tempo</translation>
    </message>
    <message>
        <source>the page could not be loaded for extraction</source>
        <translation>non è stato possibile caricare la pagina per l&apos;estrazione</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>Incollato il %1</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy the text of an article first.</source>
        <translation>Non c&apos;è nulla da incollare: copia prima il testo di un articolo.</translation>
    </message>
    <message>
        <source>Paste as New Article</source>
        <translation>Incolla come nuovo articolo</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importazione di %1 (%2 di %3)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Already in the Library</source>
        <translation>Già nella biblioteca</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Import as &amp;New</source>
        <translation>Importa come &amp;nuovo</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>Do the same for the other files</source>
        <translation>Fai lo stesso per gli altri file</translation>
    </message>
    <message>
        <source>“%1” has not changed since it was imported.</source>
        <translation>“%1” non è cambiato dall&apos;importazione.</translation>
    </message>
    <message>
        <source>Updated “%1”. Annotations in place: %2; on changed text: %3; orphaned: %4.</source>
        <translation>Aggiornato “%1”. Annotazioni al loro posto: %2; su testo cambiato: %3; orfane: %4.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Importato “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n of %1 file(s).</source>
        <translation>
            <numerusform>Importato %n file su %1.</numerusform>
            <numerusform>Importati %n file su %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. Nothing from them was added to the library.</source>
        <translation>
            <numerusform>%n file non è stato importato. Nulla è stato aggiunto alla biblioteca.</numerusform>
            <numerusform>%n file non sono stati importati. Nulla è stato aggiunto alla biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml)</source>
        <translation>Articoli (*.txt *.text *.md *.markdown *.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>This text is already in the library, as “%1”.</source>
        <translation>Questo testo è già nella biblioteca, come “%1”.</translation>
    </message>
    <message>
        <source>“%1” is already in the library as “%2”.</source>
        <translation>“%1” è già nella biblioteca come “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n annotation(s).</source>
        <translation>
            <numerusform>Ha %n annotazione.</numerusform>
            <numerusform>Ha %n annotazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of “%1” is already in the library, as “%2”. %3</source>
        <translation>Il testo di “%1” è già nella biblioteca, come “%2”. %3</translation>
    </message>
    <message>
        <source>“%1” was imported before, as “%2”, and has changed since. %3 Update that article with this version? Its highlights and notes are moved to the new text, and the ones whose passage is gone are kept as orphans.</source>
        <translation>“%1” è stato importato in precedenza, come “%2”, e da allora è cambiato. %3 Aggiornare quell&apos;articolo con questa versione? Le sue evidenziazioni e note vengono spostate sul nuovo testo, e quelle il cui passaggio non c&apos;è più vengono conservate come orfane.</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>A&amp;pri</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LibraryPanel</name>
    <message>
        <source>Date added</source>
        <translation>Data di aggiunta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Ultima lettura</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <source>Sort the articles by date added (oldest first), title, when last read (most recent first) or number of annotations (most first)</source>
        <translation>Ordina gli articoli per data di aggiunta (prima i meno recenti), titolo, ultima lettura (prima i più recenti) o numero di annotazioni (prima quelli con più annotazioni)</translation>
    </message>
    <message>
        <source>Sort articles by</source>
        <translation>Ordina gli articoli per</translation>
    </message>
    <message>
        <source>Show only the articles with this tag</source>
        <translation>Mostra solo gli articoli con questo tag</translation>
    </message>
    <message>
        <source>Show articles tagged</source>
        <translation>Mostra gli articoli con il tag</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordina:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkActions</name>
    <message>
        <source>&amp;Link to…</source>
        <translation>C&amp;ollega a…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Link the selection or highlight to a passage of another article (L)</source>
        <translation>Collega la selezione o l&apos;evidenziazione a un passaggio di un altro articolo (L)</translation>
    </message>
    <message>
        <source>Link the selection or the focused highlight to another passage or article</source>
        <translation>Collega la selezione o l&apos;evidenziazione selezionata a un altro passaggio o articolo</translation>
    </message>
    <message>
        <source>Select a passage or a highlight to link it.</source>
        <translation>Seleziona un passaggio o un&apos;evidenziazione da collegare.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Collegato.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkMarkers</name>
    <message>
        <source>a deleted article</source>
        <translation>un articolo eliminato</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>l&apos;intero articolo</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Link, %1, to %2: %3</source>
        <extracomment>%1: the relation (&quot;supports&quot;), %2: the other article&apos;s title, %3: the other passage&apos;s words.</extracomment>
        <translation>Collegamento, %1, a %2: %3</translation>
    </message>
    <message>
        <source>Backlink, %1, from %2: %3</source>
        <translation>Collegamento in entrata, %1, da %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 →</source>
        <extracomment>A link&apos;s relation in a marker&apos;s list; the arrow says which way it goes.</extracomment>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) of the whole article</source>
        <translation>
            <numerusform>%n collegamento dell&apos;intero articolo</numerusform>
            <numerusform>%n collegamenti dell&apos;intero articolo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) on this passage</source>
        <translation>
            <numerusform>%n collegamento su questo passaggio</numerusform>
            <numerusform>%n collegamenti su questo passaggio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkPicker</name>
    <message>
        <source>From the whole article “%1”</source>
        <translation>Dall&apos;intero articolo “%1”</translation>
    </message>
    <message>
        <source>From “%1” in “%2”</source>
        <translation>Da “%1” in “%2”</translation>
    </message>
    <message>
        <source>&amp;Whole article</source>
        <translation>&amp;Intero articolo</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Collega a…</translation>
    </message>
    <message>
        <source>Search titles, text and notes</source>
        <translation>Cerca in titoli, testo e note</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Select the words to link to</source>
        <translation>Seleziona le parole da collegare</translation>
    </message>
    <message>
        <source>Choose a result to read its article here and select the passage to link to.</source>
        <translation>Scegli un risultato per leggerne qui l&apos;articolo e seleziona il passaggio da collegare.</translation>
    </message>
    <message>
        <source>Link to the article as a whole rather than to a passage</source>
        <translation>Collega all&apos;articolo nel suo insieme anziché a un passaggio</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>How the two passages relate: choose one or write your own words</source>
        <translation>La relazione tra i due passaggi: scegline una o scrivi parole tue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: why they are linked (Markdown)</source>
        <translation>Facoltativo: perché sono collegati (Markdown)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>C&amp;ollega</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relazione:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>The library could not be searched: %1</source>
        <translation>Impossibile cercare nella biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkPickerModel</name>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (titolo)</translation>
    </message>
    <message>
        <source>%1, note: %2</source>
        <translation>%1, nota: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinksDock</name>
    <message>
        <source>Links</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Show the article&apos;s links and backlinks, or hide them when they have the focus</source>
        <translation>Mostra i collegamenti in uscita e in entrata dell&apos;articolo, o nascondili quando hanno il focus</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Collegamenti (%1)</translation>
    </message>
    <message>
        <source>&amp;Links (%1)</source>
        <translation>&amp;Collegamenti (%1)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Collegamenti</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinksPane</name>
    <message>
        <source>this article</source>
        <translation>questo articolo</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>l&apos;intero articolo</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>A deleted article</source>
        <translation>Un articolo eliminato</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A link&apos;s row: the other article&apos;s title and the link&apos;s status (&quot;dangling&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A relation&apos;s group in the Links pane and how many links it has: &quot;supports (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Re-&amp;target</source>
        <translation>Cambia &amp;destinazione</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <source>Links and backlinks</source>
        <translation>Collegamenti in uscita e in entrata</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Rimuovi collegamento</translation>
    </message>
    <message>
        <source>No links yet. Links from this article&apos;s passages, and backlinks from other articles to it, are listed here.</source>
        <translation>Ancora nessun collegamento. Qui sono elencati i collegamenti dai passaggi di questo articolo e quelli in entrata da altri articoli.</translation>
    </message>
    <message>
        <source>Point the link&apos;s dangling end (else this article&apos;s end) at the passage selected in the reader</source>
        <translation>Punta l&apos;estremità interrotta del collegamento (altrimenti quella in questo articolo) al passaggio selezionato nel lettore</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Rimuovi il collegamento</translation>
    </message>
    <message>
        <source>The article&apos;s links could not be read: %1</source>
        <translation>Impossibile leggere i collegamenti dell&apos;articolo: %1</translation>
    </message>
    <message>
        <source>Links from this article</source>
        <translation>Collegamenti da questo articolo</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Collegamenti in entrata</translation>
    </message>
    <message>
        <source>This link is a [[ ]] in a note or comment: edit that text to change it</source>
        <translation>Questo collegamento è un [[ ]] in una nota o in un commento: modifica quel testo per cambiarlo</translation>
    </message>
    <message>
        <source>The link could not be removed: %1</source>
        <translation>Impossibile rimuovere il collegamento: %1</translation>
    </message>
    <message>
        <source>&amp;Follow Link</source>
        <translation>&amp;Segui collegamento</translation>
    </message>
    <message>
        <source>Re-&amp;target to Selection</source>
        <translation>Cambia &amp;destinazione sulla selezione</translation>
    </message>
    <message>
        <source>&amp;Copy Quote</source>
        <translation>&amp;Copia citazione</translation>
    </message>
    <message>
        <source>Re&amp;move Link</source>
        <translation>&amp;Rimuovi collegamento</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <extracomment>Both ends of a link, in the direction it goes, on two lines of a Links pane row.</extracomment>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinksUi</name>
    <message>
        <source>Select a passage in the reader (or focus a highlight) to point the link at it.</source>
        <translation>Seleziona un passaggio nel lettore (o un&apos;evidenziazione) per puntarvi il collegamento.</translation>
    </message>
    <message>
        <source>This link is no longer in the library.</source>
        <translation>Questo collegamento non è più nella biblioteca.</translation>
    </message>
    <message>
        <source>The article this link leads to was deleted.</source>
        <translation>L&apos;articolo a cui porta questo collegamento è stato eliminato.</translation>
    </message>
    <message>
        <source>The linked passage is no longer in “%1”; it said: “%2”</source>
        <translation>Il passaggio collegato non è più in “%1”; diceva: “%2”</translation>
    </message>
    <message>
        <source>The link could not be re-targeted: %1</source>
        <translation>Impossibile cambiare la destinazione del collegamento: %1</translation>
    </message>
    <message>
        <source>Link re-targeted.</source>
        <translation>Destinazione del collegamento cambiata.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::MainWindow</name>
    <message>
        <source>Glossa</source>
        <translation>Glossa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Focus &amp;Library</source>
        <translation>Vai alla &amp;biblioteca</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the list of articles</source>
        <translation>Sposta il focus della tastiera sull&apos;elenco degli articoli</translation>
    </message>
    <message>
        <source>Focus &amp;Reader</source>
        <translation>Vai al &amp;lettore</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article</source>
        <translation>Sposta il focus della tastiera sull&apos;articolo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Glossa</source>
        <translation>&amp;Informazioni su Glossa</translation>
    </message>
    <message>
        <source>About Glossa</source>
        <translation>Informazioni su Glossa</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Glossa %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Read articles in a clean view, highlight, annotate, link and discuss them, all in a local library.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Glossa %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Leggi articoli in una vista pulita, evidenziali, annotali, collegali e discutili, tutto in una biblioteca locale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Glossa</source>
        <translation>%1 — Glossa</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Apertura…</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Check Library…</source>
        <translation>&amp;Verifica biblioteca…</translation>
    </message>
    <message>
        <source>Read the whole library file and report any damage</source>
        <translation>Controlla l&apos;intero file della biblioteca e segnala eventuali danni</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnota</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Verifica biblioteca</translation>
    </message>
    <message>
        <source>The library could not be checked: %1</source>
        <translation>Impossibile verificare la biblioteca: %1</translation>
    </message>
    <message>
        <source>The library is healthy.</source>
        <translation>La biblioteca è integra.</translation>
    </message>
    <message numerus="yes">
        <source>The library has %n problem(s). Close Glossa and restore a backup from %1.</source>
        <translation>
            <numerusform>La biblioteca ha %n problema. Chiudi Glossa e ripristina una copia di sicurezza da %1.</numerusform>
            <numerusform>La biblioteca ha %n problemi. Chiudi Glossa e ripristina una copia di sicurezza da %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Import text, Markdown or HTML files as articles</source>
        <translation>Importa file di testo, Markdown o HTML come articoli</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Print the article with its highlights and margin notes</source>
        <translation>Stampa l&apos;articolo con le evidenziazioni e le note a margine</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;Incolla come nuovo articolo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Make an article of the page or text on the clipboard</source>
        <translation>Crea un articolo dalla pagina o dal testo negli appunti</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Dimensione &amp;normale del testo</translation>
    </message>
    <message>
        <source>Show &amp;Notes List</source>
        <translation>Mostra l’elenco delle &amp;note</translation>
    </message>
    <message>
        <source>Open the list of notes the window is too narrow to show in the margin</source>
        <translation>Apri l’elenco delle note che la finestra è troppo stretta per mostrare a margine</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Riquadro &amp;successivo</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Sposta il focus della tastiera sulla parte successiva della finestra</translation>
    </message>
    <message>
        <source>P&amp;revious Pane</source>
        <translation>Riquadro &amp;precedente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Sposta il focus della tastiera sulla parte precedente della finestra</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>List every key Glossa answers</source>
        <translation>Elenca tutti i tasti a cui Glossa risponde</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Configure Glossa…</source>
        <translation>&amp;Configura Glossa…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+,</source>
        <translation>Ctrl+Shift+,</translation>
    </message>
    <message>
        <source>Edit the highlight colours, the style of new highlights and the theme</source>
        <translation>Modifica i colori delle evidenziazioni, lo stile delle nuove evidenziazioni e il tema</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossibile salvare la modifica: %1</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Va&amp;i</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Mostra la barra degli s&amp;trumenti</translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation>A&amp;rticolo</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::NoteEditor</name>
    <message>
        <source>Quoted passage</source>
        <translation>Passaggio citato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note in Markdown…</source>
        <translation>Scrivi una nota in Markdown…</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privata</translation>
    </message>
    <message>
        <source>No highlight selected. Select a passage and press N, or click a highlight, to write its note.</source>
        <translation>Nessuna evidenziazione selezionata. Seleziona un passaggio e premi N, oppure fai clic su un&apos;evidenziazione, per scriverne la nota.</translation>
    </message>
    <message>
        <source>No highlight selected. Click a highlight to read its note.</source>
        <translation>Nessuna evidenziazione selezionata. Fai clic su un&apos;evidenziazione per leggerne la nota.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::NotesExportController</name>
    <message>
        <source>Open an article to export it.</source>
        <translation>Apri un articolo per esportarlo.</translation>
    </message>
    <message>
        <source>The export could not be written: %1.</source>
        <translation>Impossibile scrivere l&apos;esportazione: %1.</translation>
    </message>
    <message>
        <source>No file was written. Choose another folder or free some space, then export again.</source>
        <translation>Non è stato scritto alcun file. Scegli un&apos;altra cartella o libera spazio, poi esporta di nuovo.</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>l&apos;articolo non è più nella biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n annotation(s)).</source>
        <translation>
            <numerusform>Esportato %1 (%n annotazione).</numerusform>
            <numerusform>Esportato %1 (%n annotazioni).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PalettePage</name>
    <message>
        <source>&amp;Change Colour…</source>
        <translation>&amp;Cambia colore…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Res&amp;tore Defaults</source>
        <translation>Ripristina pre&amp;definiti</translation>
    </message>
    <message>
        <source>&amp;Fill the text</source>
        <translation>Ri&amp;empi il testo</translation>
    </message>
    <message>
        <source>U&amp;nderline the text</source>
        <translation>Sotto&amp;linea il testo</translation>
    </message>
    <message>
        <source>Each colour carries a meaning. Keys 1 to 6 in the reader apply the first six; highlights keep their colour when you rename or recolour it.</source>
        <translation>Ogni colore ha un significato. Nel lettore i tasti da 1 a 6 applicano i primi sei; le evidenziazioni mantengono il loro colore quando lo rinomini o ne cambi la tinta.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Colori delle evidenziazioni</translation>
    </message>
    <message>
        <source>Press Enter on a colour to change it, F2 on a meaning to rename it; the first six answer keys 1 to 6</source>
        <translation>Premi Invio su un colore per cambiarlo, F2 su un significato per rinominarlo; i primi sei rispondono ai tasti da 1 a 6</translation>
    </message>
    <message>
        <source>Choose another shade for the selected colour</source>
        <translation>Scegli un’altra tinta per il colore selezionato</translation>
    </message>
    <message>
        <source>Move the selected colour up (it takes the key above)</source>
        <translation>Sposta su il colore selezionato (prende il tasto precedente)</translation>
    </message>
    <message>
        <source>Move the selected colour down (it takes the key below)</source>
        <translation>Sposta giù il colore selezionato (prende il tasto successivo)</translation>
    </message>
    <message>
        <source>Add a colour with a meaning of your own</source>
        <translation>Aggiungi un colore con un significato tuo</translation>
    </message>
    <message>
        <source>Remove the selected colour from the palette</source>
        <translation>Rimuovi il colore selezionato dalla tavolozza</translation>
    </message>
    <message>
        <source>Go back to the six built-in colours</source>
        <translation>Torna ai sei colori predefiniti</translation>
    </message>
    <message>
        <source>New highlights</source>
        <translation>Nuove evidenziazioni</translation>
    </message>
    <message>
        <source>New highlights fill the text</source>
        <translation>Le nuove evidenziazioni riempiono il testo</translation>
    </message>
    <message>
        <source>New highlights underline the text</source>
        <translation>Le nuove evidenziazioni sottolineano il testo</translation>
    </message>
    <message>
        <source>New colour</source>
        <translation>Nuovo colore</translation>
    </message>
    <message>
        <source>Remove Colour</source>
        <translation>Rimuovi colore</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) use this colour. They keep it, shown in grey, until you add a colour named “%1” again. Remove “%2”?</source>
        <translation>
            <numerusform>%n evidenziazione usa questo colore. Lo mantiene, mostrata in grigio, finché non aggiungi di nuovo un colore chiamato «%1». Rimuovere «%2»?</numerusform>
            <numerusform>%n evidenziazioni usano questo colore. Lo mantengono, mostrate in grigio, finché non aggiungi di nuovo un colore chiamato «%1». Rimuovere «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) use colours that are not among the defaults. They keep their colour, shown in grey. Restore the default colours?</source>
        <translation>
            <numerusform>%n evidenziazione usa un colore che non è tra i predefiniti. Mantiene il suo colore, mostrata in grigio. Ripristinare i colori predefiniti?</numerusform>
            <numerusform>%n evidenziazioni usano colori che non sono tra i predefiniti. Mantengono il loro colore, mostrate in grigio. Ripristinare i colori predefiniti?</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour for “%1”</source>
        <translation>Colore per «%1»</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tasto %1</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Nessun tasto</translation>
    </message>
    <message>
        <source>Press Enter or double-click to choose another shade</source>
        <translation>Premi Invio o fai doppio clic per scegliere un’altra tinta</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Colore %1</translation>
    </message>
    <message>
        <source>Stored as “%1”</source>
        <translation>Memorizzato come «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n evidenziazione</numerusform>
            <numerusform>%n evidenziazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PaneLayout</name>
    <message>
        <source>&amp;Reading Mode</source>
        <translation>&amp;Modalità lettura</translation>
    </message>
    <message>
        <source>Hide every pane to read the article alone; again to bring them back</source>
        <translation>Nascondi tutti i riquadri per leggere solo l&apos;articolo; di nuovo per mostrarli</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Show or hide the search field and the list of articles</source>
        <translation>Mostra o nascondi il campo di ricerca e l&apos;elenco degli articoli</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Annotazioni</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Show or hide the list of the article&apos;s highlights and notes</source>
        <translation>Mostra o nascondi l&apos;elenco delle evidenziazioni e delle note dell&apos;articolo</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Show or hide the note editor</source>
        <translation>Mostra o nascondi l&apos;editor delle note</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PdfExportController</name>
    <message>
        <source>Laying out the article…</source>
        <translation>Impaginazione dell&apos;articolo…</translation>
    </message>
    <message>
        <source>Printing the pages…</source>
        <translation>Stampa delle pagine…</translation>
    </message>
    <message>
        <source>Adding annotations (%1 of %2)…</source>
        <translation>Aggiunta delle annotazioni (%1 di %2)…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Scrittura del file…</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>Apri un articolo per esportarlo.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>È già in corso un&apos;esportazione.</translation>
    </message>
    <message>
        <source>the library could not be read</source>
        <translation>impossibile leggere la biblioteca</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>l&apos;articolo non è più nella biblioteca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Exporting Annotated PDF</source>
        <translation>Esportazione del PDF annotato</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Esportato %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1; %n annotation(s) could not be placed on the printed text.</source>
        <translation>
            <numerusform>Esportato %1; non è stato possibile collocare %n annotazione sul testo stampato.</numerusform>
            <numerusform>Esportato %1; non è stato possibile collocare %n annotazioni sul testo stampato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Esporta PDF annotato</translation>
    </message>
    <message>
        <source>The annotated PDF could not be exported: %1.</source>
        <translation>Impossibile esportare il PDF annotato: %1.</translation>
    </message>
    <message>
        <source>No file was written. Choose another folder or free some space, then export again.</source>
        <translation>Non è stato scritto alcun file. Scegli un&apos;altra cartella o libera spazio, poi esporta di nuovo.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PdfExporter</name>
    <message numerus="yes">
        <source>the article&apos;s page was not ready to print within %n second(s)</source>
        <translation>
            <numerusform>la pagina dell&apos;articolo non era pronta per la stampa entro %n secondo</numerusform>
            <numerusform>la pagina dell&apos;articolo non era pronta per la stampa entro %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s page could not be loaded for printing</source>
        <translation>non è stato possibile caricare la pagina dell&apos;articolo per la stampa</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;esportazione è stata annullata</translation>
    </message>
    <message>
        <source>the web engine could not print the article</source>
        <translation>il motore web non è riuscito a stampare l&apos;articolo</translation>
    </message>
    <message>
        <source>the printed article could not be annotated: %1</source>
        <translation>non è stato possibile annotare l&apos;articolo stampato: %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PreferencesDialog</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Scuro</translation>
    </message>
    <message>
        <source>Configure Glossa</source>
        <translation>Configura Glossa</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Evidenziazioni</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation>Tema: segui il sistema</translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation>Tema: chiaro</translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation>Tema: scuro</translation>
    </message>
    <message>
        <source>The window, the article and the note editor switch together. Following the system, they change when the desktop does.</source>
        <translation>La finestra, l’articolo e l’editor delle note cambiano insieme. Seguendo il sistema, cambiano quando cambia il desktop.</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>As&amp;petto</translation>
    </message>
    <message>
        <source>The palette could not be saved: %1</source>
        <translation>Non è stato possibile salvare la tavolozza: %1</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Autore</translation>
    </message>
    <message>
        <source>Your name could not be saved: %1</source>
        <translation>Impossibile salvare il tuo nome: %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PrintController</name>
    <message>
        <source>The article is still being printed.</source>
        <translation>L&apos;articolo è ancora in fase di stampa.</translation>
    </message>
    <message>
        <source>Open an article to print it.</source>
        <translation>Apri un articolo per stamparlo.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Stampa articolo</translation>
    </message>
    <message>
        <source>The article could not be printed: the library could not be read.</source>
        <translation>Impossibile stampare l&apos;articolo: impossibile leggere la biblioteca.</translation>
    </message>
    <message>
        <source>The article could not be printed: it is no longer in the library.</source>
        <translation>Impossibile stampare l&apos;articolo: non è più nella biblioteca.</translation>
    </message>
    <message>
        <source>The article could not be printed: %1.</source>
        <translation>Impossibile stampare l&apos;articolo: %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Stampa in corso…</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Stampato in %1.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Stampato.</translation>
    </message>
    <message>
        <source>The article could not be printed: the printer refused the pages.</source>
        <translation>Impossibile stampare l&apos;articolo: la stampante ha rifiutato le pagine.</translation>
    </message>
    <message>
        <source>The article could not be printed: no temporary file could be written.</source>
        <translation>Impossibile stampare l&apos;articolo: non è stato possibile scrivere un file temporaneo.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Inviato alla stampante.</translation>
    </message>
    <message>
        <source>The printer did not take the article: %1</source>
        <translation>La stampante non ha accettato l&apos;articolo: %1</translation>
    </message>
    <message>
        <source>lp failed</source>
        <translation>lp non riuscito</translation>
    </message>
    <message>
        <source>The article could not be printed: lp could not be started.</source>
        <translation>Impossibile stampare l&apos;articolo: non è stato possibile avviare lp.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReadOnlyMode</name>
    <message>
        <source>Read-Only Library</source>
        <translation>Libreria in sola lettura</translation>
    </message>
    <message>
        <source>This library is read-only: %1. Reading, searching, exporting and printing work; nothing can be changed.</source>
        <translation>Questa libreria è in sola lettura: %1. Si può leggere, cercare, esportare e stampare; non si può cambiare nulla.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReaderActions</name>
    <message>
        <source>Highlight with Colour %1</source>
        <translation>Evidenzia con il colore %1</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Modifica &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Rimuovi evidenziazione</translation>
    </message>
    <message>
        <source>Next Highlight</source>
        <translation>Evidenziazione successiva</translation>
    </message>
    <message>
        <source>Previous Highlight</source>
        <translation>Evidenziazione precedente</translation>
    </message>
    <message>
        <source>Copy &amp;Quote</source>
        <translation>Copia &amp;citazione</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Switch &amp;Underline/Fill</source>
        <translation>Alterna &amp;sottolineatura/riempimento</translation>
    </message>
    <message>
        <source>Underline the focused highlight instead of filling it, or back</source>
        <translation>Sottolinea l’evidenziazione attiva invece di riempirla, o viceversa</translation>
    </message>
    <message>
        <source>Highlight as “%1”</source>
        <translation>Evidenzia come “%1”</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privata</translation>
    </message>
    <message>
        <source>Keep the focused annotation out of exports, or let it back in</source>
        <translation>Escludi l&apos;annotazione attiva dalle esportazioni, o includila di nuovo</translation>
    </message>
    <message>
        <source>&amp;Comment on Selection</source>
        <translation>Co&amp;mmenta la selezione</translation>
    </message>
    <message>
        <source>Start a comment in the discussion on the selected passage</source>
        <translation>Inizia un commento nella discussione sul passaggio selezionato</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReaderController</name>
    <message>
        <source>more</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>less</source>
        <translation>meno</translation>
    </message>
    <message>
        <source>Select some text to highlight it.</source>
        <translation>Seleziona del testo per evidenziarlo.</translation>
    </message>
    <message>
        <source>Select some text or click a highlight to write a note.</source>
        <translation>Seleziona del testo o fai clic su un&apos;evidenziazione per scrivere una nota.</translation>
    </message>
    <message>
        <source>Select the passage this annotation belongs to, then re-attach it.</source>
        <translation>Seleziona il passaggio a cui appartiene questa annotazione, poi ricollegala.</translation>
    </message>
    <message>
        <source>The library refused the change: %1</source>
        <translation>La biblioteca ha rifiutato la modifica: %1</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <extracomment>%1 is the start of the passage the note is about.</extracomment>
        <translation>Nota su «%1»</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>List of notes</source>
        <translation>Elenco delle note</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Orphaned highlight, %1: “%2”</source>
        <extracomment>Spoken by screen readers. %1 is the colour&apos;s meaning, %2 the passage.</extracomment>
        <translation>Evidenziazione orfana, %1: «%2»</translation>
    </message>
    <message>
        <source>Highlight %1 of %2, %3: “%4”, has a note</source>
        <extracomment>Spoken by screen readers. %1 and %2 count the highlights in text order, %3 is the colour&apos;s meaning, %4 the passage.</extracomment>
        <translation>Evidenziazione %1 di %2, %3: «%4», con una nota</translation>
    </message>
    <message>
        <source>Highlight %1 of %2, %3: “%4”</source>
        <translation>Evidenziazione %1 di %2, %3: «%4»</translation>
    </message>
    <message>
        <source>Click a highlight (or move to one with J and K) to change its style.</source>
        <translation>Fai clic su un’evidenziazione (o raggiungila con J e K) per cambiarne lo stile.</translation>
    </message>
    <message>
        <source>Click a highlight (or move to one with J and K) to make it private.</source>
        <translation>Fai clic su un’evidenziazione (o raggiungila con J e K) per renderla privata.</translation>
    </message>
    <message>
        <source>Select a passage to comment on it.</source>
        <translation>Seleziona un passaggio per commentarlo.</translation>
    </message>
    <message>
        <source>This passage is no longer in the article&apos;s text.</source>
        <translation>Questo passaggio non è più nel testo dell&apos;articolo.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::RelatedDock</name>
    <message>
        <source>&amp;Related Passages</source>
        <translation>Passaggi co&amp;rrelati</translation>
    </message>
    <message>
        <source>Related Passages</source>
        <translation>Passaggi correlati</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show the passages of other articles related to the selection or the article, or hide them when they have the focus</source>
        <translation>Mostra i passaggi di altri articoli correlati alla selezione o all&apos;articolo, o nascondili quando hanno il focus</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::RelatedPane</name>
    <message>
        <source>Related passages</source>
        <translation>Passaggi correlati</translation>
    </message>
    <message>
        <source>Select a passage to see related passages in other articles</source>
        <translation>Seleziona un passaggio per vedere i passaggi correlati in altri articoli</translation>
    </message>
    <message>
        <source>Looking for related passages…</source>
        <translation>Ricerca di passaggi correlati…</translation>
    </message>
    <message>
        <source>Nothing related found</source>
        <translation>Nessun passaggio correlato trovato</translation>
    </message>
    <message>
        <source>Related to the selection</source>
        <translation>Correlati alla selezione</translation>
    </message>
    <message>
        <source>Related to the highlight</source>
        <translation>Correlati all&apos;evidenziazione</translation>
    </message>
    <message>
        <source>Related to the whole article</source>
        <translation>Correlati all&apos;intero articolo</translation>
    </message>
    <message>
        <source>Related passages could not be found: %1</source>
        <translation>Impossibile trovare passaggi correlati: %1</translation>
    </message>
    <message>
        <source>%1: %2 (shares: %3)</source>
        <translation>%1: %2 (in comune: %3)</translation>
    </message>
    <message>
        <source>shares: %1</source>
        <translation>in comune: %1</translation>
    </message>
    <message>
        <source>already linked (%1)</source>
        <translation>già collegato (%1)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Link to this passage as on the same topic; the arrow offers the other relations</source>
        <translation>Collega a questo passaggio come stesso argomento; la freccia offre le altre relazioni</translation>
    </message>
    <message>
        <source>Link to the passage of “%1”</source>
        <translation>Collega al passaggio di “%1”</translation>
    </message>
    <message>
        <source>Other Relation…</source>
        <translation>Altra relazione…</translation>
    </message>
    <message>
        <source>How does it relate?</source>
        <translation>Qual è la relazione?</translation>
    </message>
    <message>
        <source>Linked to “%1” (%2).</source>
        <translation>Collegato a “%1” (%2).</translation>
    </message>
    <message>
        <source>There is no such related passage.</source>
        <translation>Questo passaggio correlato non esiste.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” non è più nella biblioteca.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::Screenshot</name>
    <message>
        <source>the article was not painted within 60 seconds</source>
        <translation>l&apos;articolo non è stato disegnato entro 60 secondi</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>impossibile scrivere lo screenshot in %1</translation>
    </message>
    <message>
        <source>could not write the PDF to %1</source>
        <translation>impossibile scrivere il PDF in %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchFacetBar</name>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtra per %1</translation>
    </message>
    <message>
        <source>Filters chosen</source>
        <translation>Filtri scelti</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Fino a:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data iniziale</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Data finale</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A facet&apos;s value in its menu: %1 the value (&quot;Question&quot;, &quot;it&quot;), %2 how many results it has.
----------
A facet&apos;s button with values chosen in it: %1 the facet (&quot;Colour&quot;), %2 how many.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <extracomment>A chosen filter&apos;s button, which removes it.</extracomment>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Rimuovi il filtro %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A chosen filter: %1 the facet (&quot;Colour&quot;), %2 its value (&quot;Question&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Da %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fino a %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchPanel</name>
    <message>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>Cerca nella biblioteca (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <source>Titles, text, notes and comments: &quot;exact phrase&quot;, -excluded, OR</source>
        <translation>Titoli, testo, note e commenti: &quot;frase esatta&quot;, -esclusi, OR</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>The library could not be searched: %1</source>
        <translation>Impossibile cercare nella biblioteca: %1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Nessun risultato</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched as plain words: the quotes or operators typed could not be read as a query.</source>
        <translation>Cercate le semplici parole: non è stato possibile interpretare come ricerca le virgolette o gli operatori digitati.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n results: the newest are shown. Add a word to narrow the search.</source>
        <translation>
            <numerusform>Più di %n risultato: sono mostrati i più recenti. Aggiungi una parola per restringere la ricerca.</numerusform>
            <numerusform>Più di %n risultati: sono mostrati i più recenti. Aggiungi una parola per restringere la ricerca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchResultsModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A search hit in a note; %1 is its highlight colour&apos;s meaning (&quot;Question&quot;).</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note, %1</source>
        <translation>Nota, %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A search result read aloud: %1 its kind (&quot;Text&quot;, &quot;Note, Question&quot;), %2 its words.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchUi</name>
    <message>
        <source>&amp;Search Library…</source>
        <translation>&amp;Cerca nella biblioteca…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search the titles, text, notes and comments of every article</source>
        <translation>Cerca nei titoli, nel testo, nelle note e nei commenti di tutti gli articoli</translation>
    </message>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <source>This note is no longer in the library.</source>
        <translation>Questa nota non è più nella biblioteca.</translation>
    </message>
    <message>
        <source>This comment is no longer in the discussion.</source>
        <translation>Questo commento non è più nella discussione.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SelectionToolbar</name>
    <message>
        <source>Selection toolbar</source>
        <translation>Barra degli strumenti di selezione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a note to the selection (N)</source>
        <translation>Aggiungi una nota alla selezione (N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the quote (Ctrl+C)</source>
        <translation>Copia la citazione (Ctrl+C)</translation>
    </message>
    <message>
        <source>Highlight as “%1” (%2)</source>
        <translation>Evidenzia come “%1” (%2)</translation>
    </message>
    <message>
        <source>Highlight as “%1”</source>
        <translation>Evidenzia come “%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a colour&apos;s meaning and the key that applies it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenta</translation>
    </message>
    <message>
        <source>Comment on the selection in the discussion (C)</source>
        <translation>Commenta la selezione nella discussione (C)</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>Nell&apos;articolo</translation>
    </message>
    <message>
        <source>Next highlight</source>
        <translation>Evidenziazione successiva</translation>
    </message>
    <message>
        <source>Previous highlight</source>
        <translation>Evidenziazione precedente</translation>
    </message>
    <message>
        <source>Open the focused highlight&apos;s note</source>
        <translation>Apri la nota dell&apos;evidenziazione selezionata</translation>
    </message>
    <message>
        <source>Let go of the focused highlight</source>
        <translation>Lascia l&apos;evidenziazione selezionata</translation>
    </message>
    <message>
        <source>Leave the article for the next or previous pane</source>
        <translation>Lascia l&apos;articolo per il riquadro successivo o precedente</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ThreadDock</name>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Show the article&apos;s discussion, or hide it when it has the focus</source>
        <translation>Mostra la discussione dell&apos;articolo, o nascondila quando ha il focus</translation>
    </message>
    <message>
        <source>Discussion (%1)</source>
        <translation>Discussione (%1)</translation>
    </message>
    <message>
        <source>&amp;Discussion (%1)</source>
        <translation>&amp;Discussione (%1)</translation>
    </message>
    <message>
        <source>&amp;Discussion</source>
        <translation>&amp;Discussione</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ThreadExchange</name>
    <message>
        <source>S&amp;hare Discussion…</source>
        <translation>&amp;Condividi discussione…</translation>
    </message>
    <message>
        <source>Save the article&apos;s discussion to a file to give to others (USB stick, e-mail)</source>
        <translation>Salva la discussione dell&apos;articolo in un file da dare ad altri (chiavetta USB, e-mail)</translation>
    </message>
    <message>
        <source>&amp;Merge Discussion…</source>
        <translation>&amp;Unisci discussione…</translation>
    </message>
    <message>
        <source>Read discussion files from others into your library, as one undoable step each</source>
        <translation>Leggi nella tua biblioteca i file di discussione di altri, ciascuno in un&apos;unica operazione annullabile</translation>
    </message>
    <message>
        <source>Open an article to share its discussion.</source>
        <translation>Apri un articolo per condividerne la discussione.</translation>
    </message>
    <message>
        <source>Share Discussion</source>
        <translation>Condividi discussione</translation>
    </message>
    <message>
        <source>Glossa discussions (*.%1);;All files (*)</source>
        <translation>Discussioni di Glossa (*.%1);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The discussion could not be shared: %1</source>
        <translation>Impossibile condividere la discussione: %1</translation>
    </message>
    <message>
        <source>The discussion could not be shared: %1. No file was written.</source>
        <translation>Impossibile condividere la discussione: %1. Non è stato scritto alcun file.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the discussion of “%1” (%n comment(s)) to %2.</source>
        <translation>
            <numerusform>Discussione di “%1” (%n commento) salvata in %2.</numerusform>
            <numerusform>Discussione di “%1” (%n commenti) salvata in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Discussion</source>
        <translation>Unisci discussione</translation>
    </message>
    <message>
        <source>Glossa discussions (*.%1 *.json);;All files (*)</source>
        <translation>Discussioni di Glossa (*.%1 *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>«%1» is not in your library. Merge this discussion into «%2» anyway?</source>
        <translation>«%1» non è nella tua biblioteca. Unire comunque questa discussione a «%2»?</translation>
    </message>
    <message>
        <source>%1 is not a discussion Glossa can merge: %2 Nothing was merged.</source>
        <translation>%1 non è una discussione che Glossa possa unire: %2 Non è stato unito nulla.</translation>
    </message>
    <message>
        <source>The discussion of «%1» was not merged: %2</source>
        <translation>La discussione di «%1» non è stata unita: %2</translation>
    </message>
    <message>
        <source>Merged the discussion of «%1»: %2.</source>
        <extracomment>%1 is the article&apos;s title, %2 what the merge added (&quot;4 new comments, 1 edit, 2 votes&quot;).</extracomment>
        <translation>Discussione di «%1» unita: %2.</translation>
    </message>
    <message>
        <source>No discussion was merged.</source>
        <translation>Non è stata unita alcuna discussione.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ThreadPane</name>
    <message>
        <source>&amp;New Comment</source>
        <translation>&amp;Nuovo commento</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>Sort comments</source>
        <translation>Ordina i commenti</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Meno recenti</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Più recenti</translation>
    </message>
    <message>
        <source>Most voted</source>
        <translation>Più votati</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Mostra i commenti</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <source>On passages</source>
        <translation>Sui passaggi</translation>
    </message>
    <message>
        <source>Write a comment on the article</source>
        <translation>Scrivi un commento sull&apos;articolo</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Your comment is in the discussion of the article you began it on.</source>
        <translation>Il tuo commento è nella discussione dell&apos;articolo su cui l&apos;hai iniziato.</translation>
    </message>
    <message>
        <source>Earlier Versions of %1&apos;s Comment</source>
        <translation>Versioni precedenti del commento di %1</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versioni precedenti</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::WikiLinkChooser</name>
    <message>
        <source>Which article?</source>
        <translation>Quale articolo?</translation>
    </message>
    <message>
        <source>Several articles are called “%1”. Which one does the link mean?</source>
        <translation>Più articoli si intitolano “%1”. A quale si riferisce il collegamento?</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::WikiLinkCompleter</name>
    <message>
        <source>Article titles</source>
        <translation>Titoli degli articoli</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::WikiLinkFeature</name>
    <message>
        <source>The article this link opened is no longer in the library.</source>
        <translation>L&apos;articolo che questo collegamento apriva non è più nella biblioteca.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, annotate and discuss articles.</source>
        <translation>Leggi, annota e discuti articoli.</translation>
    </message>
    <message>
        <source>Use the library in DIR.</source>
        <translation>Usa la biblioteca nella cartella DIR.</translation>
    </message>
    <message>
        <source>Show the Nth article of the library (from 1).</source>
        <translation>Mostra l&apos;N-esimo articolo della biblioteca (da 1).</translation>
    </message>
    <message>
        <source>glossa: --article takes a number from 1, not &apos;%1&apos;.</source>
        <translation>glossa: --article vuole un numero da 1 in su, non &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>glossa: the library has only %n article(s).</source>
        <translation>
            <numerusform>glossa: la biblioteca ha solo %n articolo.</numerusform>
            <numerusform>glossa: la biblioteca ha solo %n articoli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Impossibile aprire la biblioteca</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossibile ripristinare la copia di sicurezza</translation>
    </message>
    <message>
        <source>Use the light or dark theme this time (light, dark or system).</source>
        <translation>Usa il tema chiaro o scuro solo questa volta (light, dark o system).</translation>
    </message>
    <message>
        <source>glossa: --theme takes light, dark or system, not &apos;%1&apos;.</source>
        <translation>glossa: --theme accetta light, dark o system, non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the article is painted (or, for a FILE ending in .pdf, the article as it prints), then quit.</source>
        <translation>Salva un PNG della finestra appena l’articolo è disegnato (oppure, per un FILE che termina in .pdf, l’articolo come viene stampato), poi esce.</translation>
    </message>
    <message>
        <source>With --screenshot, scroll to the Nth highlight of the article in text order (from 1).</source>
        <translation>Con --screenshot, scorre fino all’N-esima evidenziazione dell’articolo nell’ordine del testo (da 1).</translation>
    </message>
    <message>
        <source>glossa: --annotation takes a number from 1, not &apos;%1&apos;.</source>
        <translation>glossa: --annotation vuole un numero da 1 in su, non «%1».</translation>
    </message>
    <message>
        <source>glossa: cannot start Glossa&apos;s window, %1 (%2). Reinstalling Glossa should bring it back.</source>
        <translation>glossa: impossibile avviare la finestra di Glossa, %1 (%2). Reinstallare Glossa dovrebbe ripristinarla.</translation>
    </message>
    <message>
        <source>Open with the Discussion pane shown.</source>
        <translation>Apri con il riquadro Discussione visibile.</translation>
    </message>
    <message>
        <source>Open with a pane shown: discussion, links or related.</source>
        <translation>Apri con un riquadro visibile: discussion (discussione), links (collegamenti) o related (passaggi correlati).</translation>
    </message>
    <message>
        <source>glossa: --pane takes discussion, links or related, not &apos;%1&apos;.</source>
        <translation>glossa: --pane accetta discussion, links o related, non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Updating the Library</source>
        <translation>Aggiornamento della biblioteca</translation>
    </message>
    <message>
        <source>Updating the search index so that words find their inflected forms…
This happens once. It cannot be cancelled; if Glossa is closed, the library stays as it was.</source>
        <translation>Aggiornamento dell&apos;indice di ricerca affinché le parole trovino le loro forme flesse…
Avviene una sola volta. Non può essere annullato; se Glossa viene chiuso, la biblioteca resta com&apos;era.</translation>
    </message>
    <message>
        <source>Open with the library searched for QUERY.</source>
        <translation>Apri con la biblioteca filtrata dalla ricerca QUERY.</translation>
    </message>
    <message>
        <source>With --search: only highlights of this colour (its name).</source>
        <translation>Con --search: solo le evidenziazioni di questo colore (il suo nome).</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large (e.g. 683x768).</source>
        <translation>Apri la finestra con una dimensione di WIDTHxHEIGHT pixel (ad es. 683x768).</translation>
    </message>
    <message>
        <source>glossa: --size takes WIDTHxHEIGHT in pixels, each at least 200, not &apos;%1&apos;.</source>
        <translation>glossa: --size vuole WIDTHxHEIGHT in pixel, ciascuno almeno 200, non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Library in Use</source>
        <translation>Libreria in uso</translation>
    </message>
    <message>
        <source>The library in %1 is open in another Glossa.</source>
        <translation>La libreria in %1 è aperta in un altro Glossa.</translation>
    </message>
    <message>
        <source>It is held by process %1 on %2.</source>
        <translation>La tiene il processo %1 su %2.</translation>
    </message>
    <message>
        <source>It is held by %1 (process %2) on %3.</source>
        <translation>La tiene %1 (processo %2) su %3.</translation>
    </message>
    <message>
        <source>Open it read-only to read, search, export and print it here; changes can be made only in the other window. Or close this one and go on there.</source>
        <translation>Aprila in sola lettura per leggerla, cercarla, esportarla e stamparla qui; le modifiche si possono fare solo nell’altra finestra. Oppure chiudi questa e continua lì.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Apri in sola &amp;lettura</translation>
    </message>
</context>
</TS>
