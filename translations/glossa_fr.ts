<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Glossa::AddAnnotationCommand</name>
    <message>
        <source>Add annotation</source>
        <translation>Ajouter une annotation</translation>
    </message>
</context>
<context>
    <name>Glossa::AddCommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>Glossa::AnnotationListModel</name>
    <message>
        <source>This passage is no longer in the article. Select new text and re-attach it.</source>
        <translation>Ce passage ne figure plus dans l&apos;article. Sélectionnez un autre texte et rattachez-y l&apos;annotation.</translation>
    </message>
    <message>
        <source>%1 (no longer in the palette)</source>
        <translation>%1 (ne figure plus dans la palette)</translation>
    </message>
    <message>
        <source>The text changed here since this annotation was made (confidence %1%).</source>
        <extracomment>%1 is how sure Glossa is, in percent, that this is still the annotated passage.</extracomment>
        <translation>Le texte a changé ici depuis la création de cette annotation (confiance : %1&#xa0;%).</translation>
    </message>
    <message>
        <source>The text changed here since this annotation was made.</source>
        <translation>Le texte a changé ici depuis que cette annotation a été faite.</translation>
    </message>
    <message>
        <source>It read: “%1”</source>
        <extracomment>The words that were marked, before the article changed them.</extracomment>
        <translation>Il disait : « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says for a row of the Annotations pane: %1 the colour&apos;s meaning, %2 the passage.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::AnchorCommand</name>
    <message>
        <source>glossa anchor: unexpected argument &apos;%1&apos;.
Usage: glossa anchor --text FILE --selectors FILE.jsonl
</source>
        <translation>glossa anchor : argument inattendu « %1 ».
Usage : glossa anchor --text FICHIER --selectors FICHIER.jsonl
</translation>
    </message>
    <message>
        <source>glossa anchor: both --text FILE and --selectors FILE.jsonl are needed.
Usage: glossa anchor --text FILE --selectors FILE.jsonl
</source>
        <translation>glossa anchor : --text FICHIER et --selectors FICHIER.jsonl sont tous deux nécessaires.
Usage : glossa anchor --text FICHIER --selectors FICHIER.jsonl
</translation>
    </message>
    <message>
        <source>the line is empty; each line must be one JSON object.</source>
        <translation>la ligne est vide ; chaque ligne doit être un objet JSON.</translation>
    </message>
    <message>
        <source>not JSON (%1 at character %2).</source>
        <extracomment>%1 is what the JSON parser says, %2 the character where it says it.</extracomment>
        <translation>ce n&apos;est pas du JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>not a JSON object; each line must be {&quot;selector&quot;: …}.</source>
        <translation>ce n&apos;est pas un objet JSON ; chaque ligne doit être {&quot;selector&quot;: …}.</translation>
    </message>
    <message>
        <source>no &quot;selector&quot; (or &quot;selectors&quot;) member.</source>
        <translation>aucun membre &quot;selector&quot; (ou &quot;selectors&quot;).</translation>
    </message>
    <message>
        <source>the selectors must be an object or an array of objects.</source>
        <translation>les sélecteurs doivent être un objet ou un tableau d&apos;objets.</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no &quot;exact&quot; text.</source>
        <translation>son TextQuoteSelector n&apos;a pas de texte &quot;exact&quot;.</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs numbers &quot;start&quot; ≤ &quot;end&quot;, from 0.</source>
        <translation>son TextPositionSelector nécessite des nombres &quot;start&quot; ≤ &quot;end&quot;, à partir de 0.</translation>
    </message>
    <message>
        <source>neither a TextQuoteSelector nor a TextPositionSelector.</source>
        <translation>ni un TextQuoteSelector ni un TextPositionSelector.</translation>
    </message>
    <message>
        <source>Usage: glossa anchor --text FILE --selectors FILE.jsonl
Anchors W3C selectors on a text (for instance a new version of an article) and prints one JSON line for each line read: {&quot;start&quot;, &quot;end&quot;, &quot;score&quot;, &quot;status&quot;}, with status exact, fuzzy or orphan (start and end null) and offsets in UTF-16 code units of FILE.
Each line of FILE.jsonl is a JSON object with its selectors under &quot;selector&quot; or, as glossa show --json writes them, &quot;selectors&quot;: a TextQuoteSelector {exact, prefix, suffix}, a TextPositionSelector {start, end}, or an array with both. A line that is not such an object is an error naming the line, and nothing is printed.
</source>
        <translation>Usage : glossa anchor --text FICHIER --selectors FICHIER.jsonl
Ancre des sélecteurs W3C sur un texte (par exemple une nouvelle version d&apos;un article) et affiche une ligne JSON pour chaque ligne lue : {&quot;start&quot;, &quot;end&quot;, &quot;score&quot;, &quot;status&quot;}, où status vaut exact, fuzzy ou orphan (start et end à null), avec des positions en unités de code UTF-16 de FICHIER.
Chaque ligne de FICHIER.jsonl est un objet JSON dont les sélecteurs sont sous &quot;selector&quot; ou, comme les écrit glossa show --json, sous &quot;selectors&quot; : un TextQuoteSelector {exact, prefix, suffix}, un TextPositionSelector {start, end}, ou un tableau contenant les deux. Une ligne qui n&apos;est pas un tel objet est une erreur qui indique la ligne, et rien n&apos;est affiché.
</translation>
    </message>
    <message>
        <source>glossa anchor: %1: line %2: %3
</source>
        <translation>glossa anchor : %1 : ligne %2 : %3
</translation>
    </message>
    <message numerus="yes">
        <source>glossa anchor: %n more unreadable line(s).
</source>
        <translation>
            <numerusform>glossa anchor : %n autre ligne illisible.
</numerusform>
            <numerusform>glossa anchor : %n autres lignes illisibles.
</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa anchor: each line must be a JSON object with its W3C selectors under &quot;selector&quot; or &quot;selectors&quot; (see glossa anchor --help).
</source>
        <translation>glossa anchor : chaque ligne doit être un objet JSON dont les sélecteurs W3C sont sous &quot;selector&quot; ou &quot;selectors&quot; (voir glossa anchor --help).
</translation>
    </message>
    <message>
        <source>glossa anchor: cannot read &apos;%1&apos;: %2. Check the path and its permissions.
</source>
        <translation>glossa anchor : impossible de lire « %1 » : %2. Vérifiez le chemin et ses droits.
</translation>
    </message>
    <message>
        <source>the largest selectors file Glossa reads</source>
        <translation>le plus gros fichier de sélecteurs que Glossa lit</translation>
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
        <translation>Usage : glossa [--library DOSSIER] [--screenshot FICHIER.png [--article N]]
        glossa COMMANDE [OPTIONS]

Sans commande, Glossa ouvre sa fenêtre sur votre bibliothèque.

Options :
  --library DOSSIER    utiliser la bibliothèque de DOSSIER au lieu de celle par défaut
  --screenshot FICHIER ouvrir la fenêtre, en enregistrer un PNG dès que l&apos;article est affiché, puis quitter
  --article N          avec --screenshot, afficher le N-ième article de la bibliothèque (à partir de 1)
  --version            afficher la version de Glossa
  --help               afficher cette aide
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>glossa: &apos;%1&apos; is not a Glossa command. Run &apos;glossa --help&apos; for the list of commands.
</source>
        <translation>glossa : « %1 » n&apos;est pas une commande de Glossa. Lancez « glossa --help » pour la liste des commandes.
</translation>
    </message>
    <message>
        <source>list [--json]            the library&apos;s articles</source>
        <translation>list [--json]            les articles de la bibliothèque</translation>
    </message>
    <message>
        <source>show ARTICLE [--json]    an article with its annotations, links and comments</source>
        <translation>show ARTICLE [--json]    un article avec ses annotations, liens et commentaires</translation>
    </message>
    <message>
        <source>extract FILE [--format auto|text|html|markdown] [--json]</source>
        <translation>extract FICHIER [--format auto|text|html|markdown] [--json]</translation>
    </message>
    <message>
        <source>glossa extract: unknown option &apos;%1&apos;. Usage: glossa extract FILE [--format auto|text|html|markdown] [--json]
</source>
        <translation>glossa extract : option inconnue « %1 ». Usage : glossa extract FICHIER [--format auto|text|html|markdown] [--json]
</translation>
    </message>
    <message>
        <source>glossa extract: give one file at a time (&apos;%1&apos; is a second one).
</source>
        <translation>glossa extract : indiquez un seul fichier à la fois (« %1 » en est un deuxième).
</translation>
    </message>
    <message>
        <source>glossa extract: which file? Usage: glossa extract FILE [--format auto|text|html|markdown] [--json]
</source>
        <translation>glossa extract : quel fichier ? Usage : glossa extract FICHIER [--format auto|text|html|markdown] [--json]
</translation>
    </message>
    <message>
        <source>glossa extract: unknown format &apos;%1&apos;; use auto, text, html or markdown.
</source>
        <translation>glossa extract : format inconnu « %1 » ; utilisez auto, text, html ou markdown.
</translation>
    </message>
    <message>
        <source>glossa extract: %1: no such file.
</source>
        <translation>glossa extract : %1 : fichier introuvable.
</translation>
    </message>
    <message>
        <source>glossa extract: %1: %2.
</source>
        <translation>glossa extract : %1 : %2.
</translation>
    </message>
    <message>
        <source>Title: %1
</source>
        <translation>Titre : %1
</translation>
    </message>
    <message>
        <source>Byline: %1
</source>
        <translation>Auteur : %1
</translation>
    </message>
    <message>
        <source>Language: %1
</source>
        <translation>Langue : %1
</translation>
    </message>
    <message>
        <source>%1 exact, %2 moved or changed, %3 orphaned</source>
        <translation>%1 exactes, %2 déplacées ou modifiées, %3 orphelines</translation>
    </message>
    <message>
        <source>glossa import: %1: %2 Nothing was stored for it.
</source>
        <translation>glossa import : %1 : %2 Rien n&apos;a été enregistré.
</translation>
    </message>
    <message>
        <source>%1: unchanged %2 &quot;%3&quot;
</source>
        <translation>%1 : inchangé %2 « %3 »
</translation>
    </message>
    <message>
        <source>%1: updated %2 &quot;%3&quot; (%4)
</source>
        <translation>%1 : mis à jour %2 « %3 » (%4)
</translation>
    </message>
    <message>
        <source>%1: imported %2 &quot;%3&quot;
</source>
        <translation>%1 : importé %2 « %3 »
</translation>
    </message>
    <message>
        <source>annotate ARTICLE --quote TEXT [--occurrence N] [--color NAME] [--style fill|underline] [--note TEXT] [--tag TAG]… [--private] [--json]   mark a passage</source>
        <translation>annotate ARTICLE --quote TEXTE [--occurrence N] [--color NOM] [--style fill|underline] [--note TEXTE] [--tag ÉTIQUETTE]… [--private] [--json]   marquer un passage</translation>
    </message>
    <message>
        <source>annotations ARTICLE [--json]   an article&apos;s annotations in text order</source>
        <translation>annotations ARTICLE [--json]   les annotations d&apos;un article dans l&apos;ordre du texte</translation>
    </message>
    <message>
        <source>export ARTICLE --format pdf|markdown|jsonld -o FILE [--include-private]   an annotated copy</source>
        <translation>export ARTICLE --format pdf|markdown|jsonld -o FICHIER [--include-private]   une copie annotée</translation>
    </message>
    <message>
        <source>import-annotations FILE --article ARTICLE [--json]   W3C or Hypothesis annotations onto an article</source>
        <translation>import-annotations FICHIER --article ARTICLE [--json]   des annotations W3C ou Hypothesis sur un article</translation>
    </message>
    <message>
        <source>Usage: glossa annotate ARTICLE --quote TEXT [--occurrence N] [--color NAME] [--style fill|underline] [--note TEXT] [--tag TAG]… [--private] [--json] [--library DIR]
</source>
        <translation>Usage : glossa annotate ARTICLE --quote TEXTE [--occurrence N] [--color NOM] [--style fill|underline] [--note TEXTE] [--tag ÉTIQUETTE]… [--private] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa annotate: --quote needs the words to mark, as they read in the article.
</source>
        <translation>glossa annotate : --quote attend les mots à marquer, tels qu&apos;ils figurent dans l&apos;article.
</translation>
    </message>
    <message>
        <source>glossa annotate: --occurrence needs a number from 1 (the first place the quote occurs), not &apos;%1&apos;.
</source>
        <translation>glossa annotate : --occurrence attend un nombre à partir de 1 (le premier endroit où figure la citation), pas « %1 ».
</translation>
    </message>
    <message>
        <source>glossa annotate: --color needs a colour&apos;s name, such as important.
</source>
        <translation>glossa annotate : --color attend le nom d&apos;une couleur, par exemple important.
</translation>
    </message>
    <message>
        <source>glossa annotate: --style is fill or underline, not &apos;%1&apos;.
</source>
        <translation>glossa annotate : --style vaut fill ou underline, pas « %1 ».
</translation>
    </message>
    <message>
        <source>glossa annotate: --note needs the note&apos;s text (Markdown).
</source>
        <translation>glossa annotate : --note attend le texte de la note (Markdown).
</translation>
    </message>
    <message>
        <source>glossa annotate: --tag needs a tag, as in --tag evidence.
</source>
        <translation>glossa annotate : --tag attend une étiquette, par exemple --tag evidence.
</translation>
    </message>
    <message>
        <source>glossa annotate: unknown option &apos;%1&apos;.
</source>
        <translation>glossa annotate : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa annotate: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa annotate : indiquez un seul article, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa annotate: which article? Name one (its id or title).
</source>
        <translation>glossa annotate : quel article ? Indiquez-en un (son identifiant ou son titre).
</translation>
    </message>
    <message>
        <source>glossa annotate: which passage? Give --quote with its words.
</source>
        <translation>glossa annotate : quel passage ? Indiquez --quote avec ses mots.
</translation>
    </message>
    <message>
        <source>glossa annotate: &apos;%1&apos; is not a colour of this library&apos;s palette; use one of: %2.
</source>
        <translation>glossa annotate : « %1 » n&apos;est pas une couleur de la palette de cette bibliothèque ; utilisez l&apos;une de celles-ci : %2.
</translation>
    </message>
    <message>
        <source>the new annotation %1 could not be read back.</source>
        <translation>la nouvelle annotation %1 n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>glossa annotations: name one article (its id or title). Usage: glossa annotations ARTICLE [--json] [--library DIR]
</source>
        <translation>glossa annotations : indiquez un article (son identifiant ou son titre). Usage : glossa annotations ARTICLE [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>texte modifié</translation>
    </message>
    <message>
        <source>glossa export: --format needs pdf, markdown or jsonld.
</source>
        <translation>glossa export : --format attend pdf, markdown ou jsonld.
</translation>
    </message>
    <message>
        <source>glossa export: -o needs the file (or, with --all, the folder) to write.
</source>
        <translation>glossa export : -o attend le fichier (ou, avec --all, le dossier) à écrire.
</translation>
    </message>
    <message>
        <source>glossa export: --page-size needs A4 or Letter.
</source>
        <translation>glossa export : --page-size attend A4 ou Letter.
</translation>
    </message>
    <message>
        <source>glossa export: unknown option &apos;%1&apos;.
</source>
        <translation>glossa export : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa export: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa export : indiquez un seul article, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa export: which format? Give --format pdf, markdown or jsonld.
</source>
        <translation>glossa export : quel format ? Indiquez --format pdf, markdown ou jsonld.
</translation>
    </message>
    <message>
        <source>glossa export: &apos;%1&apos; is not a format Glossa exports; use pdf, markdown or jsonld.
</source>
        <translation>glossa export : « %1 » n&apos;est pas un format qu&apos;exporte Glossa ; utilisez pdf, markdown ou jsonld.
</translation>
    </message>
    <message>
        <source>glossa export: where to? Give -o FILE.
</source>
        <translation>glossa export : où ? Indiquez -o FICHIER.
</translation>
    </message>
    <message>
        <source>glossa export: give either an article or --all, not both.
</source>
        <translation>glossa export : indiquez soit un article, soit --all, pas les deux.
</translation>
    </message>
    <message>
        <source>glossa export: which article? Name one (its id or title), or give --all.
</source>
        <translation>glossa export : quel article ? Indiquez-en un (son identifiant ou son titre), ou bien --all.
</translation>
    </message>
    <message>
        <source>glossa export: --all writes Markdown files only; export other formats one article at a time.
</source>
        <translation>glossa export : --all n&apos;écrit que des fichiers Markdown ; exportez les autres formats un article à la fois.
</translation>
    </message>
    <message>
        <source>glossa export: --page-size is for --format pdf.
</source>
        <translation>glossa export : --page-size ne sert qu&apos;avec --format pdf.
</translation>
    </message>
    <message>
        <source>glossa export: &apos;%1&apos; is not a page size Glossa knows; use A4 or Letter.
</source>
        <translation>glossa export : « %1 » n&apos;est pas une taille de page connue de Glossa ; utilisez A4 ou Letter.
</translation>
    </message>
    <message>
        <source>glossa export: %1 is a file; with --all, -o names the folder to write the articles into.
</source>
        <translation>glossa export : %1 est un fichier ; avec --all, -o désigne le dossier où écrire les articles.
</translation>
    </message>
    <message>
        <source>glossa export: could not read “%1” from the library: %2
</source>
        <translation>glossa export : impossible de lire « %1 » dans la bibliothèque : %2
</translation>
    </message>
    <message>
        <source>glossa export: could not create the folder %1. Check that its parent folder exists and that you may write there.
</source>
        <translation>glossa export : impossible de créer le dossier %1. Vérifiez que son dossier parent existe et que vous avez le droit d&apos;y écrire.
</translation>
    </message>
    <message>
        <source>glossa export: could not write the file: %1. Check that the folder exists, that you may write there and that the disk has room.
</source>
        <translation>glossa export : impossible d&apos;écrire le fichier : %1. Vérifiez que le dossier existe, que vous avez le droit d&apos;y écrire et qu&apos;il reste de la place sur le disque.
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotation(s))</source>
        <translation>
            <numerusform>%1 (%n annotation)</numerusform>
            <numerusform>%1 (%n annotations)</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa export: %1
</source>
        <translation>glossa export : %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) of &quot;%2&quot; as W3C Web Annotations
</source>
        <translation>
            <numerusform>%1 : %n annotation de « %2 » au format W3C Web Annotations
</numerusform>
            <numerusform>%1 : %n annotations de « %2 » au format W3C Web Annotations
</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa export: this program cannot print PDFs (it has no web engine); run &apos;glossa export&apos;, which hands PDF exports to glossa-window.
</source>
        <translation>glossa export : ce programme ne peut pas imprimer de PDF (il n&apos;a pas de moteur web) ; lancez « glossa export », qui confie les exportations PDF à glossa-window.
</translation>
    </message>
    <message>
        <source>glossa export: %1.
</source>
        <translation>glossa export : %1.
</translation>
    </message>
    <message>
        <source>glossa export: the library could not be read: %1
</source>
        <translation>glossa export : impossible de lire la bibliothèque : %1
</translation>
    </message>
    <message>
        <source>glossa export: “%1” has no text to print.
</source>
        <translation>glossa export : « %1 » n&apos;a pas de texte à imprimer.
</translation>
    </message>
    <message>
        <source>glossa export: the PDF could not be made: %1.
</source>
        <translation>glossa export : le PDF n&apos;a pas pu être créé : %1.
</translation>
    </message>
    <message numerus="yes">
        <source>glossa export: %n annotation(s) could not be placed on the printed text and carry no PDF annotation: %1
</source>
        <translation>
            <numerusform>glossa export : %n annotation n&apos;a pas pu être placée sur le texte imprimé et ne porte aucune annotation PDF : %1
</numerusform>
            <numerusform>glossa export : %n annotations n&apos;ont pas pu être placées sur le texte imprimé et ne portent aucune annotation PDF : %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n annotation(s)).
</source>
        <translation>
            <numerusform>%1 écrit (%2, %n annotation).
</numerusform>
            <numerusform>%1 écrit (%2, %n annotations).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private annotation(s) left out (--include-private adds them).
</source>
        <translation>
            <numerusform>%n annotation privée laissée de côté (--include-private l&apos;ajoute).
</numerusform>
            <numerusform>%n annotations privées laissées de côté (--include-private les ajoute).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned annotation(s) left out (their passage is no longer in the article).
</source>
        <translation>
            <numerusform>%n annotation orpheline laissée de côté (son passage ne figure plus dans l&apos;article).
</numerusform>
            <numerusform>%n annotations orphelines laissées de côté (leur passage ne figure plus dans l&apos;article).
</numerusform>
        </translation>
    </message>
    <message>
        <source>comment ARTICLE --body TEXT [--quote TEXT | --on ANNOTATION] [--reply-to COMMENT] [--author NAME] [--json]   add to an article&apos;s discussion</source>
        <translation>comment ARTICLE --body TEXTE [--quote TEXTE | --on ANNOTATION] [--reply-to COMMENTAIRE] [--author NOM] [--json]   ajouter à la discussion d’un article</translation>
    </message>
    <message>
        <source>vote COMMENT [--down|--clear] [--author NAME]   one vote per author; the same vote again takes it back</source>
        <translation>vote COMMENTAIRE [--down|--clear] [--author NOM]   un vote par auteur ; le même vote une seconde fois le retire</translation>
    </message>
    <message>
        <source>resolve COMMENT [--reopen]   mark a comment resolved, or open</source>
        <translation>resolve COMMENTAIRE [--reopen]   marquer un commentaire comme résolu, ou comme ouvert</translation>
    </message>
    <message>
        <source>thread-export ARTICLE -o FILE   an article&apos;s discussion, to share</source>
        <translation>thread-export ARTICLE -o FICHIER   la discussion d’un article, à partager</translation>
    </message>
    <message>
        <source>thread-merge FILE… [--json]   merge shared discussions (by id: any order, twice changes nothing)</source>
        <translation>thread-merge FICHIER… [--json]   fusionner des discussions partagées (par identifiant : dans n’importe quel ordre, deux fois ne change rien)</translation>
    </message>
    <message>
        <source>Usage: glossa comment ARTICLE --body TEXT [--quote TEXT | --on ANNOTATION] [--reply-to COMMENT] [--author NAME] [--json] [--library DIR]
</source>
        <translation>Usage : glossa comment ARTICLE --body TEXTE [--quote TEXTE | --on ANNOTATION] [--reply-to COMMENTAIRE] [--author NOM] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa comment: --body needs the comment&apos;s text (Markdown).
</source>
        <translation>glossa comment : --body attend le texte du commentaire (Markdown).
</translation>
    </message>
    <message>
        <source>glossa comment: --quote needs the words of the passage, as they read in the article.
</source>
        <translation>glossa comment : --quote attend les mots du passage, tels qu’ils figurent dans l’article.
</translation>
    </message>
    <message>
        <source>glossa comment: --on needs an annotation&apos;s id (&apos;glossa annotations&apos; lists them).
</source>
        <translation>glossa comment : --on attend l’identifiant d’une annotation (« glossa annotations » les liste).
</translation>
    </message>
    <message>
        <source>glossa comment: --reply-to needs the id of the comment you answer (&apos;glossa thread&apos; lists them).
</source>
        <translation>glossa comment : --reply-to attend l’identifiant du commentaire auquel vous répondez (« glossa thread » les liste).
</translation>
    </message>
    <message>
        <source>glossa comment: --author needs a name.
</source>
        <translation>glossa comment : --author attend un nom.
</translation>
    </message>
    <message>
        <source>glossa comment: unknown option &apos;%1&apos;.
</source>
        <translation>glossa comment : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa comment: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa comment : indiquez un seul article, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa comment: which article? Name one (its id or title).
</source>
        <translation>glossa comment : quel article ? Indiquez-en un (son identifiant ou son titre).
</translation>
    </message>
    <message>
        <source>glossa comment: what do you want to say? Give --body with the comment&apos;s text.
</source>
        <translation>glossa comment : que voulez-vous dire ? Indiquez --body avec le texte du commentaire.
</translation>
    </message>
    <message>
        <source>glossa comment: give either --quote (a passage to mark) or --on (an annotation), not both.
</source>
        <translation>glossa comment : indiquez soit --quote (un passage à marquer), soit --on (une annotation), pas les deux.
</translation>
    </message>
    <message>
        <source>the new comment %1 could not be read back.</source>
        <translation>le nouveau commentaire %1 n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>[deleted]</source>
        <translation>[supprimé]</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>votes : %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>in reply to a comment you don&apos;t have</source>
        <translation>en réponse à un commentaire que vous n’avez pas</translation>
    </message>
    <message>
        <source>on a passage that was removed</source>
        <translation>sur un passage qui a été supprimé</translation>
    </message>
    <message>
        <source>on “%1”</source>
        <translation>sur « %1 »</translation>
    </message>
    <message>
        <source>glossa thread: --sort is oldest, newest or votes, not &apos;%1&apos;.
</source>
        <translation>glossa thread : --sort accepte oldest, newest ou votes, pas « %1 ».
</translation>
    </message>
    <message>
        <source>glossa thread: --filter is all, open, resolved or passages, not &apos;%1&apos;.
</source>
        <translation>glossa thread : --filter accepte all, open, resolved ou passages, pas « %1 ».
</translation>
    </message>
    <message>
        <source>glossa thread: unknown option &apos;%1&apos;.
</source>
        <translation>glossa thread : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa thread: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa thread : indiquez un seul article, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa thread: which article? Name one (its id or title).
</source>
        <translation>glossa thread : quel article ? Indiquez-en un (son identifiant ou son titre).
</translation>
    </message>
    <message>
        <source>Usage: glossa vote COMMENT [--down|--clear] [--author NAME] [--library DIR]
</source>
        <translation>Usage : glossa vote COMMENTAIRE [--down|--clear] [--author NOM] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa vote: --author needs a name.
</source>
        <translation>glossa vote : --author attend un nom.
</translation>
    </message>
    <message>
        <source>glossa vote: unknown option &apos;%1&apos;.
</source>
        <translation>glossa vote : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa vote: name one comment, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa vote : indiquez un seul commentaire, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa vote: which comment? Give its id (&apos;glossa thread ARTICLE&apos; lists them).
</source>
        <translation>glossa vote : quel commentaire ? Indiquez son identifiant (« glossa thread ARTICLE » les liste).
</translation>
    </message>
    <message>
        <source>glossa vote: give --down or --clear, not both.
</source>
        <translation>glossa vote : indiquez --down ou --clear, pas les deux.
</translation>
    </message>
    <message>
        <source> &apos;glossa thread ARTICLE&apos; lists an article&apos;s comments with their ids.</source>
        <translation> « glossa thread ARTICLE » liste les commentaires d’un article avec leurs identifiants.</translation>
    </message>
    <message>
        <source>comment %1 could not be read back.</source>
        <translation>le commentaire %1 n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>%1 votes it up</source>
        <translation>%1 vote pour</translation>
    </message>
    <message>
        <source>%1 votes it down</source>
        <translation>%1 vote contre</translation>
    </message>
    <message>
        <source>%1 has no vote on it</source>
        <translation>%1 n’a aucun vote sur ce commentaire</translation>
    </message>
    <message>
        <source>votes: %1; %2</source>
        <translation>votes : %1 ; %2</translation>
    </message>
    <message>
        <source>glossa resolve: unknown option &apos;%1&apos;.
</source>
        <translation>glossa resolve : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa resolve: name one comment by its id (&apos;glossa thread ARTICLE&apos; lists them).
</source>
        <translation>glossa resolve : indiquez un commentaire par son identifiant (« glossa thread ARTICLE » les liste).
</translation>
    </message>
    <message>
        <source>Usage: glossa resolve COMMENT [--reopen] [--library DIR]
</source>
        <translation>Usage : glossa resolve COMMENTAIRE [--reopen] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>Comment %1 is open again.</source>
        <translation>Le commentaire %1 est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>Comment %1 is resolved.</source>
        <translation>Le commentaire %1 est résolu.</translation>
    </message>
    <message>
        <source>glossa thread-export: unknown option &apos;%1&apos;.
</source>
        <translation>glossa thread-export : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa thread-export: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa thread-export : indiquez un seul article, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa thread-export: name an article and the file to write. Usage: glossa thread-export ARTICLE -o FILE [--library DIR]
</source>
        <translation>glossa thread-export : indiquez un article et le fichier à écrire. Usage : glossa thread-export ARTICLE -o FICHIER [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa thread-merge: unknown option &apos;%1&apos;.
</source>
        <translation>glossa thread-merge : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa thread-merge: which thread files? Usage: glossa thread-merge FILE… [--json] [--library DIR]
</source>
        <translation>glossa thread-merge : quels fichiers de discussion ? Usage : glossa thread-merge FICHIER… [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa thread-merge: %1 was not merged: %2 Nothing was stored.
</source>
        <translation>glossa thread-merge : %1 n’a pas été fusionné : %2 Rien n’a été enregistré.
</translation>
    </message>
    <message>
        <source>glossa thread-merge: %1 is the discussion of “%2”, which this library does not have (import the article first). Nothing was stored.
</source>
        <translation>glossa thread-merge : %1 est la discussion de « %2 », que cette bibliothèque n’a pas (importez d’abord l’article). Rien n’a été enregistré.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n nouveau commentaire</numerusform>
            <numerusform>%n nouveaux commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
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
            <numerusform>%n autre changement</numerusform>
            <numerusform>%n autres changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) not found</source>
        <translation>
            <numerusform>%n passage introuvable</numerusform>
            <numerusform>%n passages introuvables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread in what you watch</source>
        <translation>
            <numerusform>%n non lu dans ce que vous suivez</numerusform>
            <numerusform>%n non lus dans ce que vous suivez</numerusform>
        </translation>
    </message>
    <message>
        <source>thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read]   an article&apos;s discussion (--mark-read: its unread comments are read)</source>
        <translation>thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read]   la discussion d’un article (--mark-read : marquer comme lus ses commentaires non lus)</translation>
    </message>
    <message>
        <source>watch ARTICLE [--comment COMMENT] [--stop] [--json]   watch a discussion, or a comment and its replies: what a merge brings into it is unread</source>
        <translation>watch ARTICLE [--comment COMMENTAIRE] [--stop] [--json]   suivre une discussion, ou un commentaire et ses réponses : ce qu’y apporte une fusion est marqué comme non lu</translation>
    </message>
    <message numerus="yes">
        <source>, %n comment(s)</source>
        <translation>
            <numerusform>, %n commentaire</numerusform>
            <numerusform>, %n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with the discussion&apos;s %n comment(s)
</source>
        <translation>
            <numerusform>avec %n commentaire de la discussion
</numerusform>
            <numerusform>avec les %n commentaires de la discussion
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The discussion&apos;s %n comment(s) are in the appendix.
</source>
        <translation>
            <numerusform>%n commentaire de la discussion figure en annexe.
</numerusform>
            <numerusform>Les %n commentaires de la discussion figurent en annexe.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: glossa thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read] [--library DIR]
</source>
        <translation>Usage : glossa thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json] [--mark-read] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>watched</source>
        <translation>discussion suivie</translation>
    </message>
    <message>
        <source>Usage: glossa watch ARTICLE [--comment COMMENT] [--stop] [--json] [--library DIR]
</source>
        <translation>Usage : glossa watch ARTICLE [--comment COMMENTAIRE] [--stop] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa watch: --comment needs a comment&apos;s id (&apos;glossa thread ARTICLE&apos; lists them).
</source>
        <translation>glossa watch : --comment attend l’identifiant d’un commentaire (« glossa thread ARTICLE » les liste).
</translation>
    </message>
    <message>
        <source>glossa watch: unknown option &apos;%1&apos;.
</source>
        <translation>glossa watch : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa watch: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa watch : indiquez un seul article, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa watch: which article? Name one (its id or title).
</source>
        <translation>glossa watch : quel article ? Indiquez-en un (son identifiant ou son titre).
</translation>
    </message>
    <message>
        <source>glossa watch: “%1” has no comment %2 (&apos;glossa thread ARTICLE&apos; lists its comments).
</source>
        <translation>glossa watch : « %1 » n’a pas de commentaire %2 (« glossa thread ARTICLE » en liste les commentaires).
</translation>
    </message>
    <message>
        <source>You no longer watch the discussion of “%1”.</source>
        <translation>Vous ne suivez plus la discussion de « %1 ».</translation>
    </message>
    <message>
        <source>You watch the discussion of “%1”: comments a merge brings are marked unread.</source>
        <translation>Vous suivez la discussion de « %1 » : les commentaires qu’apporte une fusion sont marqués comme non lus.</translation>
    </message>
    <message>
        <source>You no longer watch comment %1.</source>
        <translation>Vous ne suivez plus le commentaire %1.</translation>
    </message>
    <message>
        <source>You watch comment %1: replies a merge brings are marked unread.</source>
        <translation>Vous suivez le commentaire %1 : les réponses qu’apporte une fusion sont marquées comme non lues.</translation>
    </message>
    <message>
        <source>glossa: the output could not be written: %1.
</source>
        <translation>glossa : la sortie n’a pas pu être écrite : %1.
</translation>
    </message>
    <message>
        <source>glossa: unknown option &apos;%1&apos;. Run &apos;glossa --help&apos; for the commands and options.
</source>
        <translation>glossa : option inconnue « %1 ». Lancez « glossa --help » pour les commandes et les options.
</translation>
    </message>
    <message>
        <source>link FROM TO --relation R [--note TEXT] [--from-quote TEXT] [--to-quote TEXT] [--json]   link two passages (annotation ids, or articles with --*-quote) or whole articles</source>
        <translation>link SOURCE CIBLE --relation R [--note TEXTE] [--from-quote TEXTE] [--to-quote TEXTE] [--json]   relier deux passages (identifiants d’annotations, ou articles avec --*-quote) ou des articles entiers</translation>
    </message>
    <message>
        <source>links ARTICLE [--json]   an article&apos;s links and backlinks, with their status</source>
        <translation>links ARTICLE [--json]   les liens sortants et entrants d’un article, avec leur état</translation>
    </message>
    <message>
        <source>unlink LINK   remove a link</source>
        <translation>unlink LIEN   supprimer un lien</translation>
    </message>
    <message>
        <source>related ARTICLE [--annotation ID | --quote TEXT] [--limit N] [--json]   passages of other articles on the same things as a passage (or the whole article)</source>
        <translation>related ARTICLE [--annotation ID | --quote TEXTE] [--limit N] [--json]   les passages d’autres articles qui traitent des mêmes sujets qu’un passage (ou que l’article entier)</translation>
    </message>
    <message>
        <source>“%1” has no text to mark a passage in.</source>
        <translation>« %1 » n’a pas de texte où marquer un passage.</translation>
    </message>
    <message>
        <source>“%1” does not occur in “%2”. Give the words exactly as the article reads them (case and punctuation included); &apos;glossa show&apos; prints its text.
</source>
        <translation>« %1 » ne figure pas dans « %2 ». Donnez les mots exactement tels qu’ils figurent dans l’article (majuscules et ponctuation comprises) ; « glossa show » en affiche le texte.
</translation>
    </message>
    <message numerus="yes">
        <source>“%1” occurs %n time(s) in “%2”, so there is no occurrence %3.
</source>
        <translation>
            <numerusform>« %1 » figure %n fois dans « %2 », il n’y a donc pas d’occurrence %3.
</numerusform>
            <numerusform>« %1 » figure %n fois dans « %2 », il n’y a donc pas d’occurrence %3.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: glossa link FROM TO --relation R [--note TEXT] [--from-quote TEXT] [--to-quote TEXT] [--json] [--library DIR]
FROM and TO are annotation ids, or articles (id or title) for the whole article or, with --from-quote/--to-quote, for the passage that reads TEXT.
R: supports, contradicts, elaborates, cites, same-topic, or your own words.
</source>
        <translation>Usage : glossa link SOURCE CIBLE --relation R [--note TEXTE] [--from-quote TEXTE] [--to-quote TEXTE] [--json] [--library DOSSIER]
SOURCE et CIBLE sont des identifiants d’annotations, ou des articles (identifiant ou titre) pour l’article entier ou, avec --from-quote/--to-quote, pour le passage où figure TEXTE.
R : supports (soutient), contradicts (contredit), elaborates (approfondit), cites (cite), same-topic (même sujet), ou vos propres mots.
</translation>
    </message>
    <message>
        <source>glossa link: --relation needs how the ends relate (supports, contradicts, elaborates, cites, same-topic, or your own words).
</source>
        <translation>glossa link : --relation attend la relation entre les deux extrémités (supports, contradicts, elaborates, cites, same-topic, ou vos propres mots).
</translation>
    </message>
    <message>
        <source>glossa link: --note needs the note&apos;s text.
</source>
        <translation>glossa link : --note attend le texte de la note.
</translation>
    </message>
    <message>
        <source>glossa link: %1 needs the passage&apos;s words, as they read in the article.
</source>
        <translation>glossa link : %1 attend les mots du passage, tels qu’ils figurent dans l’article.
</translation>
    </message>
    <message>
        <source>glossa link: unknown option &apos;%1&apos;.
</source>
        <translation>glossa link : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa link: name the two ends, FROM and TO.
</source>
        <translation>glossa link : indiquez les deux extrémités, SOURCE et CIBLE.
</translation>
    </message>
    <message>
        <source>glossa link: say how the ends relate with --relation.
</source>
        <translation>glossa link : indiquez avec --relation la relation entre les extrémités.
</translation>
    </message>
    <message>
        <source>glossa link: the new link %1 could not be read back.
</source>
        <translation>glossa link : le nouveau lien %1 n’a pas pu être relu.
</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un article supprimé</translation>
    </message>
    <message>
        <source>“%1” (whole article)</source>
        <translation>« %1 » (article entier)</translation>
    </message>
    <message>
        <source>“%1” in “%2”</source>
        <translation>« %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <source>glossa links: name one article (its id or title). Usage: glossa links ARTICLE [--json] [--library DIR]
</source>
        <translation>glossa links : indiquez un article (son identifiant ou son titre). Usage : glossa links ARTICLE [--json] [--library DOSSIER]
</translation>
    </message>
    <message numerus="yes">
        <source>Links from it (%n):</source>
        <translation>
            <numerusform>Lien sortant (%n) :</numerusform>
            <numerusform>Liens sortants (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Links to it (%n):</source>
        <translation>
            <numerusform>Lien entrant (%n) :</numerusform>
            <numerusform>Liens entrants (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa unlink: unknown option &apos;%1&apos;.
</source>
        <translation>glossa unlink : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa unlink: name one link by its id (&apos;glossa links ARTICLE&apos; lists them).
</source>
        <translation>glossa unlink : indiquez un lien par son identifiant (« glossa links ARTICLE » les liste).
</translation>
    </message>
    <message>
        <source>Usage: glossa unlink LINK [--library DIR]
</source>
        <translation>Usage : glossa unlink LIEN [--library DOSSIER]
</translation>
    </message>
    <message>
        <source> &apos;glossa links ARTICLE&apos; lists an article&apos;s links with their ids.</source>
        <translation> « glossa links ARTICLE » liste les liens d’un article avec leurs identifiants.</translation>
    </message>
    <message>
        <source>Link %1 is removed.</source>
        <translation>Le lien %1 est supprimé.</translation>
    </message>
    <message>
        <source>Usage: glossa related ARTICLE [--annotation ID | --quote TEXT] [--limit N] [--json] [--library DIR]
</source>
        <translation>Usage : glossa related ARTICLE [--annotation ID | --quote TEXTE] [--limit N] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa related: --annotation needs an annotation&apos;s id (&apos;glossa annotations ARTICLE&apos; lists them).
</source>
        <translation>glossa related : --annotation attend l’identifiant d’une annotation (« glossa annotations ARTICLE » les liste).
</translation>
    </message>
    <message>
        <source>glossa related: --quote needs words of the article, as they read in it.
</source>
        <translation>glossa related : --quote attend des mots de l’article, tels qu’ils y figurent.
</translation>
    </message>
    <message>
        <source>glossa related: --limit needs a positive number of passages, not &apos;%1&apos;.
</source>
        <translation>glossa related : --limit attend un nombre positif de passages, pas « %1 ».
</translation>
    </message>
    <message>
        <source>glossa related: unknown option &apos;%1&apos;.
</source>
        <translation>glossa related : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa related: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa related : indiquez un seul article, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa related: which article? Name one (its id or title).
</source>
        <translation>glossa related : quel article ? Indiquez-en un (son identifiant ou son titre).
</translation>
    </message>
    <message>
        <source>glossa related: give --annotation or --quote, not both.
</source>
        <translation>glossa related : indiquez --annotation ou --quote, pas les deux.
</translation>
    </message>
    <message>
        <source>glossa related: “%1” has no annotation %2; &apos;glossa annotations ARTICLE&apos; lists its annotations with their ids.
</source>
        <translation>glossa related : « %1 » n’a pas d’annotation %2 ; « glossa annotations ARTICLE » en liste les annotations avec leurs identifiants.
</translation>
    </message>
    <message>
        <source>No passage of another article shares this one&apos;s distinctive words.</source>
        <translation>Aucun passage d’un autre article ne partage les mots caractéristiques de celui-ci.</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>en commun : %1</translation>
    </message>
    <message>
        <source>anchor --text FILE --selectors FILE.jsonl   anchor W3C selectors on a new text (one JSON object a line, its selectors under &quot;selector&quot; or, as show --json writes them, &quot;selectors&quot;)</source>
        <translation>anchor --text FILE --selectors FILE.jsonl   ancre des sélecteurs W3C sur un nouveau texte (un objet JSON par ligne, ses sélecteurs sous &quot;selector&quot; ou, comme les écrit show --json, &quot;selectors&quot;)</translation>
    </message>
    <message>
        <source>A [[Title]], [[Title|shown words]] or [[Title#Heading]] in the text links to the article with that title (exactly, case aside). When several articles have the title, nothing is stored until you say which: write [[id:ARTICLE|Title]] with its id (glossa list shows ids).
</source>
        <translation>Un [[Titre]], [[Titre|mots affichés]] ou [[Titre#Section]] dans le texte renvoie à l&apos;article qui porte ce titre (exactement, à la casse près). Si plusieurs articles portent ce titre, rien n&apos;est enregistré tant que vous n&apos;avez pas indiqué lequel : écrivez [[id:ARTICLE|Titre]] avec son identifiant (glossa list affiche les identifiants).
</translation>
    </message>
    <message>
        <source>Usage: glossa export ARTICLE --format pdf|markdown|jsonld -o FILE [--include-private] [--no-discussion] [--no-links] [--page-size A4|Letter] [--json] [--library DIR]
       glossa export --all --format markdown -o FOLDER [--include-private] [--no-discussion] [--no-links] [--json] [--library DIR]
</source>
        <translation>Usage : glossa export ARTICLE --format pdf|markdown|jsonld -o FICHIER [--include-private] [--no-discussion] [--no-links] [--page-size A4|Letter] [--json] [--library DOSSIER]
        glossa export --all --format markdown -o DOSSIER [--include-private] [--no-discussion] [--no-links] [--json] [--library DOSSIER]
</translation>
    </message>
    <message numerus="yes">
        <source>and the article&apos;s %n link(s)
</source>
        <translation>
            <numerusform>et avec %n lien de l&apos;article
</numerusform>
            <numerusform>et avec les %n liens de l&apos;article
</numerusform>
        </translation>
    </message>
    <message>
        <source>search QUERY [--color NAME] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since DATE] [--until DATE] [--limit N] [--json]   search titles, text, notes, comments and tags (&quot;phrases&quot;, -excluded, OR, =&quot;exact&quot;)</source>
        <translation>search REQUÊTE [--color NOM] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since DATE] [--until DATE] [--limit N] [--json]   rechercher dans les titres, le texte, les notes, les commentaires et les étiquettes (&quot;expressions&quot;, -exclus, OR, =&quot;exact&quot;)</translation>
    </message>
    <message>
        <source>Usage: glossa search QUERY [--color NAME] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--limit N] [--json] [--library DIR]
</source>
        <translation>Usage : glossa search REQUÊTE [--color NOM] [--tag T] [--author A] [--kind text,note,comment] [--lang L] [--since AAAA-MM-JJ] [--until AAAA-MM-JJ] [--limit N] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa search: %1 needs a date written YYYY-MM-DD, such as 2026-03-31, not &apos;%2&apos;.
</source>
        <translation>glossa search : %1 attend une date au format AAAA-MM-JJ, par exemple 2026-03-31, pas « %2 ».
</translation>
    </message>
    <message>
        <source>glossa search: --color needs a colour&apos;s name or meaning, such as question.
</source>
        <translation>glossa search : --color attend le nom ou la signification d&apos;une couleur, par exemple question.
</translation>
    </message>
    <message>
        <source>glossa search: --tag needs a tag&apos;s name.
</source>
        <translation>glossa search : --tag attend le nom d&apos;une étiquette.
</translation>
    </message>
    <message>
        <source>glossa search: --author needs a name, as the article&apos;s byline or the note&apos;s author reads.
</source>
        <translation>glossa search : --author attend un nom, tel qu&apos;il figure dans la signature de l&apos;article ou comme auteur de la note.
</translation>
    </message>
    <message>
        <source>glossa search: --kind needs text, note or comment (several: text,note).
</source>
        <translation>glossa search : --kind attend text, note ou comment (plusieurs : text,note).
</translation>
    </message>
    <message>
        <source>glossa search: &apos;%1&apos; is not a kind of hit; use text, note or comment.
</source>
        <translation>glossa search : « %1 » n&apos;est pas un type de résultat ; utilisez text, note ou comment.
</translation>
    </message>
    <message>
        <source>glossa search: --lang needs a language code, such as it or en.
</source>
        <translation>glossa search : --lang attend un code de langue, par exemple fr ou en.
</translation>
    </message>
    <message>
        <source>glossa search: %1 needs a date written YYYY-MM-DD.
</source>
        <translation>glossa search : %1 attend une date au format AAAA-MM-JJ.
</translation>
    </message>
    <message>
        <source>glossa search: --limit needs a positive number of articles, not &apos;%1&apos;.
</source>
        <translation>glossa search : --limit attend un nombre positif d&apos;articles, pas « %1 ».
</translation>
    </message>
    <message>
        <source>glossa search: unknown option &apos;%1&apos;.
</source>
        <translation>glossa search : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa search: what should it look for? Give words, as in glossa search &quot;deterrenza nucleare&quot;.
</source>
        <translation>glossa search : que faut-il chercher ? Indiquez des mots, par exemple glossa search &quot;dissuasion nucléaire&quot;.
</translation>
    </message>
    <message>
        <source>glossa search: --since %1 is after --until %2: no date is in that range.
</source>
        <translation>glossa search : --since %1 est postérieur à --until %2 : aucune date ne se trouve dans cet intervalle.
</translation>
    </message>
    <message>
        <source>glossa search: &apos;%1&apos; is not a colour of this library&apos;s palette; use one of: %2.
</source>
        <translation>glossa search : « %1 » n&apos;est pas une couleur de la palette de cette bibliothèque ; utilisez l&apos;une de celles-ci : %2.
</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Nothing in the library matches.</source>
        <translation>Rien dans la bibliothèque ne correspond.</translation>
    </message>
    <message>
        <source>%1 shown of more than %2 matching</source>
        <translation>%1 affichés sur plus de %2 correspondants</translation>
    </message>
    <message>
        <source>%1 shown of %2 matching</source>
        <translation>%1 affichés sur %2 correspondants</translation>
    </message>
    <message>
        <source>glossa search: the query could not be read as search syntax (a lone quote, an operator such as AND, a very long query…), so it was searched as plain words.
</source>
        <translation>glossa search : la requête n&apos;a pas pu être lue selon la syntaxe de recherche (un guillemet isolé, un opérateur comme AND, une requête très longue…), elle a donc été recherchée comme de simples mots.
</translation>
    </message>
    <message>
        <source>delete ARTICLE… [--json]   delete articles with their annotations and comments</source>
        <translation>delete ARTICLE… [--json]   supprimer des articles avec leurs annotations et leurs commentaires</translation>
    </message>
    <message>
        <source>properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE] [--language L] [--tags &quot;a, b&quot;] [--note TEXT] [--json]   show or change an article&apos;s properties and note</source>
        <translation>properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE] [--language L] [--tags &quot;a, b&quot;] [--note TEXTE] [--json]   afficher ou modifier les propriétés et la note d&apos;un article</translation>
    </message>
    <message>
        <source>tag list | tag add|remove ANNOTATION|ARTICLE TAG… [--json]   the tags in use with their counts; tag an annotation or an article</source>
        <translation>tag list | tag add|remove ANNOTATION|ARTICLE ÉTIQUETTE… [--json]   les étiquettes utilisées et leur nombre ; étiqueter une annotation ou un article</translation>
    </message>
    <message>
        <source>import FILE… [--json] [--update | --as-new]   store files in the library (a text already there is refused unless --as-new; --update updates the article with the same source or text)</source>
        <translation>import FICHIER… [--json] [--update | --as-new]   enregistrer des fichiers dans la bibliothèque (un texte déjà présent est refusé, sauf avec --as-new ; --update met à jour l&apos;article de même source ou de même texte)</translation>
    </message>
    <message>
        <source>print ARTICLE -o FILE.pdf [--page-size A4|Letter] [--json]   the article as File › Print lays it out (footer, page numbers)</source>
        <translation>print ARTICLE -o FICHIER.pdf [--page-size A4|Letter] [--json]   l&apos;article tel que Fichier › Imprimer le met en page (pied de page, numéros de page)</translation>
    </message>
    <message>
        <source>author [--name NAME] [--email EMAIL] [--json]   the name notes and comments are signed with</source>
        <translation>author [--name NOM] [--email EMAIL] [--json]   le nom avec lequel les notes et les commentaires sont signés</translation>
    </message>
    <message>
        <source>glossa import: unknown option &apos;%1&apos;. Usage: glossa import FILE… [--json] [--update | --as-new] [--library DIR]
</source>
        <translation>glossa import : option inconnue «&#xa0;%1&#xa0;». Usage : glossa import FICHIER… [--json] [--update | --as-new] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>The text is already in the library as %1; use --update or --as-new.</source>
        <translation>Le texte est déjà dans la bibliothèque sous %1 ; utilisez --update ou --as-new.</translation>
    </message>
    <message>
        <source>glossa import: which files? Usage: glossa import FILE… [--json] [--update | --as-new] [--library DIR]
</source>
        <translation>glossa import : quels fichiers ? Usage : glossa import FICHIER… [--json] [--update | --as-new] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa import: --update and --as-new contradict each other; choose one.
</source>
        <translation>glossa import : --update et --as-new se contredisent ; choisissez-en un.
</translation>
    </message>
    <message>
        <source>glossa import: %1 is already in the library as %2 &quot;%3&quot;; nothing was imported. Use --update to update that article, or --as-new to import it again as a second one.
</source>
        <translation>glossa import : %1 est déjà dans la bibliothèque sous %2 «&#xa0;%3&#xa0;» ; rien n&apos;a été importé. Utilisez --update pour mettre à jour cet article, ou --as-new pour l&apos;importer de nouveau comme second article.
</translation>
    </message>
    <message>
        <source>Usage: glossa print ARTICLE -o FILE.pdf [--page-size A4|Letter] [--json] [--library DIR]
</source>
        <translation>Usage : glossa print ARTICLE -o FICHIER.pdf [--page-size A4|Letter] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa print: -o needs the PDF file to write.
</source>
        <translation>glossa print : -o attend le fichier PDF à écrire.
</translation>
    </message>
    <message>
        <source>glossa print: --page-size needs A4 or Letter.
</source>
        <translation>glossa print : --page-size attend A4 ou Letter.
</translation>
    </message>
    <message>
        <source>glossa print: unknown option &apos;%1&apos;.
</source>
        <translation>glossa print : option inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>glossa print: name one article, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa print : indiquez un seul article, pas «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <source>glossa print: which article? Name one (its id or title).
</source>
        <translation>glossa print : quel article ? Indiquez-en un (son identifiant ou son titre).
</translation>
    </message>
    <message>
        <source>glossa print: where to? Give -o FILE.pdf (then print it with lp or any PDF viewer).
</source>
        <translation>glossa print : où écrire ? Indiquez -o FICHIER.pdf (puis imprimez-le avec lp ou n&apos;importe quel lecteur PDF).
</translation>
    </message>
    <message>
        <source>glossa print: &apos;%1&apos; is not a page size Glossa knows; use A4 or Letter.
</source>
        <translation>glossa print : «&#xa0;%1&#xa0;» n&apos;est pas un format de page connu de Glossa ; utilisez A4 ou Letter.
</translation>
    </message>
    <message>
        <source>glossa print: this program cannot print (it has no web engine); run &apos;glossa print&apos;, which hands printing to glossa-window.
</source>
        <translation>glossa print : ce programme ne peut pas imprimer (il n&apos;a pas de moteur web) ; lancez «&#xa0;glossa print&#xa0;», qui confie l&apos;impression à glossa-window.
</translation>
    </message>
    <message>
        <source>glossa print: %1.
</source>
        <translation>glossa print : %1.
</translation>
    </message>
    <message>
        <source>glossa print: the library could not be read: %1
</source>
        <translation>glossa print : la bibliothèque n&apos;a pas pu être lue : %1
</translation>
    </message>
    <message>
        <source>glossa print: “%1” has no text to print.
</source>
        <translation>glossa print : «&#xa0;%1&#xa0;» n&apos;a pas de texte à imprimer.
</translation>
    </message>
    <message>
        <source>glossa print: the article could not be printed: %1.
</source>
        <translation>glossa print : l&apos;article n&apos;a pas pu être imprimé : %1.
</translation>
    </message>
    <message>
        <source>Printed “%1” to %2 (%3).
</source>
        <translation>«&#xa0;%1&#xa0;» imprimé dans %2 (%3).
</translation>
    </message>
    <message>
        <source>Usage: glossa author [--name NAME] [--email EMAIL] [--json] [--library DIR]
</source>
        <translation>Usage : glossa author [--name NOM] [--email EMAIL] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa author: unexpected argument &apos;%1&apos;.
</source>
        <translation>glossa author : argument inattendu «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>glossa author: --name needs a name (notes and comments are signed with it).
</source>
        <translation>glossa author : --name attend un nom (celui avec lequel les notes et les commentaires sont signés).
</translation>
    </message>
    <message>
        <source>glossa author: the profile could not be saved: %1
</source>
        <translation>glossa author : le profil n&apos;a pas pu être enregistré : %1
</translation>
    </message>
    <message>
        <source>Notes, comments and votes are signed “%1” from now on, and so are the notes signed with the previous name.
</source>
        <translation>Les notes, les commentaires et les votes sont désormais signés «&#xa0;%1&#xa0;», tout comme les notes signées avec le nom précédent.
</translation>
    </message>
    <message>
        <source>Usage: glossa delete ARTICLE… [--json] [--library DIR]
</source>
        <translation>Usage : glossa delete ARTICLE… [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa delete: unknown option &apos;%1&apos;.
</source>
        <translation>glossa delete : option inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>glossa delete: which articles? Name each by its id or title (&apos;glossa list&apos; shows them).
</source>
        <translation>glossa delete : quels articles ? Indiquez chacun par son identifiant ou son titre («&#xa0;glossa list&#xa0;» les affiche).
</translation>
    </message>
    <message>
        <source>glossa delete: nothing was deleted.
</source>
        <translation>glossa delete : rien n&apos;a été supprimé.
</translation>
    </message>
    <message>
        <source>Deleted %1 &quot;%2&quot; with %3 annotation(s) and %4 comment(s).
</source>
        <translation>Supprimé : %1 «&#xa0;%2&#xa0;» (annotations : %3, commentaires : %4).
</translation>
    </message>
    <message>
        <source>Usage: glossa tag list [--json] [--library DIR]
       glossa tag add|remove ANNOTATION|ARTICLE TAG… [--json] [--library DIR]
</source>
        <translation>Usage : glossa tag list [--json] [--library DOSSIER]
        glossa tag add|remove ANNOTATION|ARTICLE ÉTIQUETTE… [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>#%1	%2 article(s), %3 annotation(s)
</source>
        <translation>#%1	articles : %2, annotations : %3
</translation>
    </message>
    <message>
        <source>No tags yet: write #tag in a note, or run &apos;glossa tag add&apos;.
</source>
        <translation>Aucune étiquette pour l&apos;instant : écrivez #étiquette dans une note, ou lancez «&#xa0;glossa tag add&#xa0;».
</translation>
    </message>
    <message>
        <source>glossa tag: unknown option &apos;%1&apos;.
</source>
        <translation>glossa tag : option inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>glossa tag: say list, add or remove, and for add and remove what to tag and the tags.
</source>
        <translation>glossa tag : indiquez list, add ou remove et, pour add et remove, ce qu&apos;il faut étiqueter et les étiquettes.
</translation>
    </message>
    <message>
        <source>glossa tag: &apos;%1&apos; cannot be a tag: a tag is one word (letters, digits, - _ /).
</source>
        <translation>glossa tag : «&#xa0;%1&#xa0;» ne peut pas être une étiquette : une étiquette est un seul mot (lettres, chiffres, - _ /).
</translation>
    </message>
    <message>
        <source>Tags: %1
</source>
        <translation>Étiquettes : %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Usage: glossa properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE] [--language L] [--tags &quot;a, b&quot;] [--note TEXT] [--json] [--library DIR]
</source>
        <translation>Usage : glossa properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE] [--language L] [--tags &quot;a, b&quot;] [--note TEXTE] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>glossa properties: %1 needs a value.
</source>
        <translation>glossa properties : %1 attend une valeur.
</translation>
    </message>
    <message>
        <source>glossa properties: unknown option &apos;%1&apos;.
</source>
        <translation>glossa properties : option inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>glossa properties: name one article.
</source>
        <translation>glossa properties : indiquez un seul article.
</translation>
    </message>
    <message>
        <source>glossa properties: which article? (&apos;glossa list&apos; shows them)
</source>
        <translation>glossa properties : quel article ? («&#xa0;glossa list&#xa0;» les affiche)
</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the article is gone.</source>
        <translation>l&apos;article n&apos;existe plus.</translation>
    </message>
    <message>
        <source>check [--repair] [--json]   check the library&apos;s pages, references and search index; --repair rebuilds the search index after a backup</source>
        <translation>check [--repair] [--json]   vérifie les pages, les références et l&apos;index de recherche de la bibliothèque ; --repair reconstruit l&apos;index de recherche après une sauvegarde</translation>
    </message>
    <message>
        <source>restore [BACKUP | --latest] [--json]   list the library&apos;s backups, or put one in place (the file it replaces is kept aside)</source>
        <translation>restore [BACKUP | --latest] [--json]   liste les sauvegardes de la bibliothèque, ou en remet une en place (le fichier remplacé est conservé à part)</translation>
    </message>
    <message>
        <source>glossa check: cannot read %1: %2
</source>
        <translation>glossa check : impossible de lire %1 : %2
</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>references</source>
        <translation>références</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>index de recherche</translation>
    </message>
    <message>
        <source>glossa check: no backup could be taken, so nothing was repaired: %1
</source>
        <translation>glossa check : aucune sauvegarde n&apos;a pu être faite, rien n&apos;a donc été réparé : %1
</translation>
    </message>
    <message>
        <source>glossa check: rebuilding the search index…
</source>
        <translation>glossa check : reconstruction de l&apos;index de recherche…
</translation>
    </message>
    <message>
        <source>glossa check: the search index could not be rebuilt (nothing was changed): %1
</source>
        <translation>glossa check : l&apos;index de recherche n&apos;a pas pu être reconstruit (rien n&apos;a été modifié) : %1
</translation>
    </message>
    <message>
        <source>glossa check: unknown argument &apos;%1&apos;.
</source>
        <translation>glossa check : argument inconnu « %1 ».
</translation>
    </message>
    <message>
        <source>Usage: glossa check [--repair] [--json] [--library DIR]
</source>
        <translation>Usage : glossa check [--repair] [--json] [--library DOSSIER]
</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index, which had %n problem(s); the library as it was is in the backup %1.
</source>
        <translation>
            <numerusform>Index de recherche reconstruit ; il avait %n problème. La bibliothèque telle qu&apos;elle était est dans la sauvegarde %1.
</numerusform>
            <numerusform>Index de recherche reconstruit ; il avait %n problèmes. La bibliothèque telle qu&apos;elle était est dans la sauvegarde %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The library in %1 is healthy: its pages, references and search index are in order.
</source>
        <translation>La bibliothèque dans %1 est saine : ses pages, ses références et son index de recherche sont en ordre.
</translation>
    </message>
    <message numerus="yes">
        <source>The library in %1 has %n problem(s):
</source>
        <translation>
            <numerusform>La bibliothèque dans %1 a %n problème :
</numerusform>
            <numerusform>La bibliothèque dans %1 a %n problèmes :
</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is made from the library&apos;s own text: &apos;glossa check --repair&apos; rebuilds it (after taking a backup).
</source>
        <translation>L&apos;index de recherche est tiré du texte même de la bibliothèque : « glossa check --repair » le reconstruit (après une sauvegarde).
</translation>
    </message>
    <message>
        <source>Damaged pages cannot be rebuilt from the library itself. &apos;glossa restore&apos; lists the backups; &apos;glossa restore --latest&apos; puts the newest in place and keeps this file aside.
</source>
        <translation>Les pages endommagées ne peuvent pas être reconstruites à partir de la bibliothèque. « glossa restore » liste les sauvegardes ; « glossa restore --latest » remet la plus récente en place et conserve ce fichier à part.
</translation>
    </message>
    <message>
        <source>Usage: glossa restore [BACKUP | --latest] [--json] [--library DIR]
</source>
        <translation>Usage : glossa restore [SAUVEGARDE | --latest] [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa restore: unknown option &apos;%1&apos;.
</source>
        <translation>glossa restore : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa restore: name one backup, or --latest.
</source>
        <translation>glossa restore : indiquez une seule sauvegarde, ou --latest.
</translation>
    </message>
    <message>
        <source>There are no backups of the library in %1.
</source>
        <translation>Il n&apos;y a aucune sauvegarde de la bibliothèque dans %1.
</translation>
    </message>
    <message>
        <source>glossa restore: there are no backups of the library in %1.
</source>
        <translation>glossa restore : il n&apos;y a aucune sauvegarde de la bibliothèque dans %1.
</translation>
    </message>
    <message>
        <source>glossa restore: there is no backup &apos;%1&apos;; &apos;glossa restore&apos; lists them.
</source>
        <translation>glossa restore : il n&apos;y a pas de sauvegarde « %1 » ; « glossa restore » les liste.
</translation>
    </message>
    <message>
        <source>glossa restore: cannot create the folder %1.
</source>
        <translation>glossa restore : impossible de créer le dossier %1.
</translation>
    </message>
    <message>
        <source>Restored the backup %1.
</source>
        <translation>Sauvegarde %1 restaurée.
</translation>
    </message>
    <message>
        <source>The library file it replaced is kept as %1.
</source>
        <translation>Le fichier de bibliothèque qu&apos;elle a remplacé est conservé sous le nom %1.
</translation>
    </message>
    <message>
        <source>glossa import: %1: %2.
</source>
        <translation>glossa import : %1 : %2.
</translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::ImportAnnotationsCommand</name>
    <message>
        <source>Usage: glossa import-annotations FILE --article ARTICLE [--json] [--library DIR]
</source>
        <translation>Usage : glossa import-annotations FICHIER --article ARTICLE [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa import-annotations: --article needs the article to put the annotations on (its id or title).
</source>
        <translation>glossa import-annotations : --article attend l&apos;article sur lequel placer les annotations (son identifiant ou son titre).
</translation>
    </message>
    <message>
        <source>glossa import-annotations: unknown option &apos;%1&apos;.
</source>
        <translation>glossa import-annotations : option inconnue « %1 ».
</translation>
    </message>
    <message>
        <source>glossa import-annotations: give one file, not &apos;%1&apos; and &apos;%2&apos;.
</source>
        <translation>glossa import-annotations : indiquez un seul fichier, pas « %1 » et « %2 ».
</translation>
    </message>
    <message>
        <source>glossa import-annotations: which file? Give the annotation file to read.
</source>
        <translation>glossa import-annotations : quel fichier ? Indiquez le fichier d&apos;annotations à lire.
</translation>
    </message>
    <message>
        <source>glossa import-annotations: which article? Give --article with its id or title.
</source>
        <translation>glossa import-annotations : quel article ? Indiquez --article avec son identifiant ou son titre.
</translation>
    </message>
    <message>
        <source>glossa import-annotations: %1 Nothing was stored.
</source>
        <translation>glossa import-annotations : %1 Rien n&apos;a été enregistré.
</translation>
    </message>
    <message>
        <source>%1 onto &quot;%2&quot;: %3
</source>
        <translation>%1 sur « %2 » : %3
</translation>
    </message>
    <message>
        <source>glossa import-annotations: annotation %1 was not imported: %2.
</source>
        <translation>glossa import-annotations : l&apos;annotation %1 n&apos;a pas été importée : %2.
</translation>
    </message>
</context>
<context>
    <name>Glossa::Cli::LibraryAccess</name>
    <message>
        <source>glossa: --library needs a folder, as in --library ~/Notes/library.
</source>
        <translation>glossa : --library attend un dossier, par exemple --library ~/Notes/library.
</translation>
    </message>
    <message>
        <source>There is no Glossa library in %1. Check the folder, or open Glossa once to create one.</source>
        <translation>Il n&apos;y a pas de bibliothèque Glossa dans %1. Vérifiez le dossier, ou ouvrez Glossa une fois pour en créer une.</translation>
    </message>
    <message>
        <source>The library in %1 is open in another Glossa (%2). Close it there first.</source>
        <translation>La bibliothèque de %1 est ouverte dans une autre instance de Glossa (%2). Fermez-la d&apos;abord dans celle-ci.</translation>
    </message>
    <message>
        <source>The library in %1 is damaged (%2). It has not been changed.</source>
        <translation>La bibliothèque de %1 est endommagée (%2). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The newest backup is %1; Glossa can restore it and keep the damaged file aside.</source>
        <translation>La sauvegarde la plus récente est %1 ; Glossa peut la restaurer et mettre de côté le fichier endommagé.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Il n&apos;en existe aucune sauvegarde.</translation>
    </message>
    <message>
        <source>The library in %1 was written by a newer Glossa (%2). Update Glossa to open it; it has not been changed.</source>
        <translation>La bibliothèque de %1 a été écrite par une version plus récente de Glossa (%2). Mettez Glossa à jour pour l&apos;ouvrir ; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 holds an SQLite file that is not a Glossa library. It has not been changed.</source>
        <translation>%1 contient un fichier SQLite qui n&apos;est pas une bibliothèque Glossa. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The library in %1 was written by an older Glossa. Open it once in Glossa to upgrade it.</source>
        <translation>La bibliothèque de %1 a été écrite par une version antérieure de Glossa. Ouvrez-la une fois dans Glossa pour la mettre à niveau.</translation>
    </message>
    <message>
        <source>Glossa could not open the library in %1: %2.</source>
        <translation>Glossa n&apos;a pas pu ouvrir la bibliothèque de %1 : %2.</translation>
    </message>
    <message>
        <source>glossa list: unexpected argument &apos;%1&apos;. Usage: glossa list [--json] [--library DIR]
</source>
        <translation>glossa list : argument inattendu « %1 ». Usage : glossa list [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa list: could not read the library: %1
</source>
        <translation>glossa list : impossible de lire la bibliothèque : %1
</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>id : %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message numerus="yes">
        <source>revision: %1 (%n block(s))</source>
        <translation>
            <numerusform>révision : %1 (%n bloc)</numerusform>
            <numerusform>révision : %1 (%n blocs)</numerusform>
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
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>glossa show: name one article (its id or title). Usage: glossa show ARTICLE [--json] [--library DIR]
</source>
        <translation>glossa show : indiquez un article (son identifiant ou son titre). Usage : glossa show ARTICLE [--json] [--library DOSSIER]
</translation>
    </message>
    <message>
        <source>glossa %1: &apos;%2&apos; matches %3 articles (%4); give more of the id or the title.
</source>
        <translation>glossa %1 : « %2 » correspond à %3 articles (%4) ; indiquez une plus grande partie de l&apos;identifiant ou du titre.
</translation>
    </message>
    <message>
        <source>glossa %1: no article matches &apos;%2&apos;. Run &apos;glossa list&apos; to see the articles.
</source>
        <translation>glossa %1 : aucun article ne correspond à « %2 ». Lancez « glossa list » pour voir les articles.
</translation>
    </message>
    <message>
        <source>The library file in %1 is empty: it holds no library. If one was there, restore a backup from its backups folder; otherwise open Glossa once to start a library there.</source>
        <translation>Le fichier de bibliothèque dans %1 est vide : il ne contient aucune bibliothèque. S’il y en avait une, restaurez une sauvegarde depuis son dossier backups ; sinon, ouvrez Glossa une fois pour y commencer une bibliothèque.</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un article supprimé</translation>
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
        <translation>glossa : mise à jour de l&apos;index de recherche pour les formes fléchies… %1&#xa0;%</translation>
    </message>
    <message>
        <source>The library in %1 cannot be locked for writing: its lock file %2 is not a lock file (a folder, or a file that cannot be read). No Glossa holds it; remove it and try again.</source>
        <translation>La bibliothèque dans %1 ne peut pas être verrouillée pour écrire : son fichier de verrou %2 n&apos;en est pas un (un dossier, ou un fichier illisible). Aucun Glossa ne la tient ; supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>The library %1 is read-only (no permission to write in its folder).</source>
        <translation>La bibliothèque %1 est en lecture seule (pas le droit d&apos;écrire dans son dossier).</translation>
    </message>
    <message>
        <source>The library %1 is read-only (no permission to write its file %2).</source>
        <translation>La bibliothèque %1 est en lecture seule (pas le droit d&apos;écrire son fichier %2).</translation>
    </message>
    <message>
        <source>Commands that only read it, such as list, show and search, still work.</source>
        <translation>Les commandes qui ne font que la lire, comme list, show et search, fonctionnent toujours.</translation>
    </message>
    <message>
        <source>there is no permission to write in its folder %1</source>
        <translation>il n’y a pas la permission d’écrire dans son dossier %1</translation>
    </message>
    <message>
        <source>there is no permission to write its file %1</source>
        <translation>il n’y a pas la permission d’écrire son fichier %1</translation>
    </message>
    <message>
        <source>another Glossa has it open for writing (%1)</source>
        <translation>un autre Glossa l’a ouverte en écriture (%1)</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>elle a été ouverte en lecture seule</translation>
    </message>
</context>
<context>
    <name>Glossa::DamagedLibraryDialog</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Backups of this library, newest first:</source>
        <translation>Sauvegardes de cette bibliothèque, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place of the library; the damaged file is kept beside it. Changes made after the backup was taken are not in it.</source>
        <translation>La restauration met la sauvegarde choisie à la place de la bibliothèque ; le fichier endommagé est conservé à côté. Les modifications faites après la sauvegarde n&apos;y sont pas.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this library to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde de cette bibliothèque à restaurer.</translation>
    </message>
</context>
<context>
    <name>Glossa::DeleteArticleCommand</name>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Supprimer %n article</numerusform>
            <numerusform>Supprimer %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::EditCommentCommand</name>
    <message>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::DiscussionHtml</name>
    <message>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>votes : %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>in reply to a comment this library does not have</source>
        <translation>en réponse à un commentaire que cette bibliothèque n’a pas</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en réponse à %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::ExportFileName</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::LinksHtml</name>
    <message>
        <source>the whole article</source>
        <translation>l&apos;article entier</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un article supprimé</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Ici :</translation>
    </message>
    <message>
        <source>There:</source>
        <translation>Là-bas :</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Links from this article</source>
        <translation>Liens partant de cet article</translation>
    </message>
    <message>
        <source>Links to this article</source>
        <translation>Liens vers cet article</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::MarkdownExport</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>soulignée</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <source>The article has changed here; this passage read: “%1”</source>
        <translation>L&apos;article a changé ici ; ce passage disait : « %1 »</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Glossa can no longer find these passages in the article; each shows the words it marked.</source>
        <translation>Glossa ne trouve plus ces passages dans l&apos;article ; chaque annotation reprend les mots qu&apos;elle marquait.</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>votes : %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>in reply to a comment this library does not have</source>
        <translation>en réponse à un commentaire que cette bibliothèque n’a pas</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en réponse à %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>l&apos;article entier</translation>
    </message>
    <message>
        <source>a deleted article</source>
        <translation>un article supprimé</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Ici :</translation>
    </message>
    <message>
        <source>There:</source>
        <translation>Là-bas :</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Links from this article</source>
        <translation>Liens partant de cet article</translation>
    </message>
    <message>
        <source>Links to this article</source>
        <translation>Liens vers cet article</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Note de l&apos;article</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::PdfAnnotator</name>
    <message>
        <source>The printed page is not a PDF Glossa can read, so no annotations were added to it.</source>
        <translation>La page imprimée n&apos;est pas un PDF que Glossa sait lire ; aucune annotation n&apos;y a donc été ajoutée.</translation>
    </message>
    <message>
        <source>Page %1 of the printed PDF cannot be read, so no annotations were added.</source>
        <translation>La page %1 du PDF imprimé ne peut pas être lue ; aucune annotation n&apos;a donc été ajoutée.</translation>
    </message>
    <message>
        <source>The PDF export was cancelled.</source>
        <translation>L&apos;exportation PDF a été annulée.</translation>
    </message>
    <message>
        <source>The annotations could not be added to the printed PDF (Poppler error %1).</source>
        <translation>Les annotations n&apos;ont pas pu être ajoutées au PDF imprimé (erreur Poppler %1).</translation>
    </message>
    <message>
        <source>The annotated PDF cannot be read back (Poppler error %1), so it was not written.</source>
        <translation>Le PDF annoté ne peut pas être relu (erreur Poppler %1) ; il n’a donc pas été écrit.</translation>
    </message>
    <message>
        <source>The annotated PDF could not be written (Poppler error %1).</source>
        <translation>Le PDF annoté n’a pas pu être écrit (erreur Poppler %1).</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::PdfPageFooter</name>
    <message>
        <source>The printed article cannot be read back (Poppler error %1).</source>
        <translation>L&apos;article imprimé ne peut pas être relu (erreur Poppler %1).</translation>
    </message>
    <message>
        <source>The printed article could not be written (Poppler error %1).</source>
        <translation>L&apos;article imprimé n&apos;a pas pu être écrit (erreur Poppler %1).</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::SaveFile</name>
    <message>
        <source>%1 is a folder; name the file to write</source>
        <translation>%1 est un dossier ; indiquez le fichier à écrire</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (%2); nothing was saved</source>
        <translation>%1 n&apos;a pas pu être écrit entièrement (%2) ; rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::WebAnnotationExport</name>
    <message>
        <source>The article&apos;s annotations could not be read: %1</source>
        <translation>Les annotations de l&apos;article n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>L&apos;article %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The article %1 has no text to annotate.</source>
        <translation>L&apos;article %1 n&apos;a pas de texte à annoter.</translation>
    </message>
</context>
<context>
    <name>Glossa::Export::WebAnnotationImport</name>
    <message>
        <source>The file is not a valid annotation file: item %1 of its list is not an annotation object.</source>
        <translation>Le fichier n&apos;est pas un fichier d&apos;annotations valide : l&apos;élément %1 de sa liste n&apos;est pas un objet annotation.</translation>
    </message>
    <message>
        <source>The collection in the file keeps its annotations in pages elsewhere (%1); Glossa reads a collection whose first page is in the file.</source>
        <translation>La collection du fichier garde ses annotations dans des pages situées ailleurs (%1) ; Glossa lit les collections dont la première page se trouve dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds no annotations Glossa can read: it is neither W3C Web Annotations (an Annotation, AnnotationPage or AnnotationCollection) nor annotations exported from Hypothesis.</source>
        <translation>Le fichier ne contient aucune annotation que Glossa sache lire : il ne s&apos;agit ni de W3C Web Annotations (une Annotation, AnnotationPage ou AnnotationCollection), ni d&apos;annotations exportées depuis Hypothesis.</translation>
    </message>
    <message>
        <source>%1 annotations stored: %2 exact, %3 on changed text, %4 orphaned; %5 rejected.</source>
        <translation>%1 annotations enregistrées : %2 exactes, %3 sur du texte modifié, %4 orphelines ; %5 rejetées.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the annotation file inside it.</source>
        <translation>%1 est un dossier ; indiquez le fichier d&apos;annotations qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than any annotation file Glossa reads (up to %3 MB); check that it is the right file.</source>
        <translation>%1 fait %2 Mo, plus que tout fichier d&apos;annotations que lit Glossa (jusqu&apos;à %3 Mo) ; vérifiez que c&apos;est le bon fichier.</translation>
    </message>
    <message>
        <source>The file nests its data more than %1 levels deep, which no annotation file does; it was not read.</source>
        <translation>Le fichier imbrique ses données sur plus de %1 niveaux, ce qu&apos;aucun fichier d&apos;annotations ne fait ; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Le fichier n&apos;est pas du JSON valide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>the annotation at position %1</source>
        <translation>l&apos;annotation à la position %1</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>an annotation with the same id comes earlier in the file</source>
        <translation>une annotation avec le même identifiant figure plus haut dans le fichier</translation>
    </message>
    <message>
        <source>an annotation with this id is already on another article</source>
        <translation>une annotation avec cet identifiant se trouve déjà sur un autre article</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>L&apos;article %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; has no text to anchor annotations on.</source>
        <translation>L&apos;article « %1 » n&apos;a pas de texte sur lequel ancrer des annotations.</translation>
    </message>
    <message>
        <source>The library did not store the annotations: %1</source>
        <translation>La bibliothèque n&apos;a pas enregistré les annotations : %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a target or a list of targets</source>
        <translation>une cible ou une liste de cibles</translation>
    </message>
    <message>
        <source>points at characters %1 to %2, outside the article&apos;s text (%3 characters)</source>
        <translation>pointe vers les caractères %1 à %2, hors du texte de l&apos;article (%3 caractères)</translation>
    </message>
    <message>
        <source>it has no text selector (TextQuoteSelector or TextPositionSelector), so it points at no passage of a text</source>
        <translation>elle n&apos;a pas de sélecteur de texte (TextQuoteSelector ou TextPositionSelector) et ne pointe donc vers aucun passage d&apos;un texte</translation>
    </message>
    <message>
        <source>a list of targets</source>
        <translation>une liste de cibles</translation>
    </message>
    <message>
        <source>it is a page note: it quotes no passage of the text</source>
        <translation>c&apos;est une note de page : elle ne cite aucun passage du texte</translation>
    </message>
    <message>
        <source>The file is not a valid annotation file: %1 has something other than %2 as its &quot;%3&quot;.</source>
        <translation>Le fichier n&apos;est pas un fichier d&apos;annotations valide : %1 a comme « %3 » autre chose que %2.</translation>
    </message>
    <message>
        <source>The file is not a valid annotation file: %1 %2.</source>
        <translation>Le fichier n&apos;est pas un fichier d&apos;annotations valide : %1 %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>text or a list of texts</source>
        <translation>du texte ou une liste de textes</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; as its &quot;%2&quot;, which is not a date and time</source>
        <translation>a « %1 » comme « %2 », ce qui n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>a whole number of characters</source>
        <translation>un nombre entier de caractères</translation>
    </message>
    <message>
        <source>a selector or a list of selectors</source>
        <translation>un sélecteur ou une liste de sélecteurs</translation>
    </message>
    <message>
        <source>a selector</source>
        <translation>un sélecteur</translation>
    </message>
    <message>
        <source>has a TextPositionSelector that ends (%1) before it starts (%2)</source>
        <translation>a un TextPositionSelector qui se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>a body or a list of bodies</source>
        <translation>un corps ou une liste de corps</translation>
    </message>
    <message>
        <source>a person or a name</source>
        <translation>une personne ou un nom</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) merged into the discussion.</source>
        <translation>
            <numerusform>%n commentaire fusionné dans la discussion.</numerusform>
            <numerusform>%n commentaires fusionnés dans la discussion.</numerusform>
        </translation>
    </message>
    <message>
        <source>a comment with the same id comes earlier in the file</source>
        <translation>un commentaire avec le même identifiant figure plus haut dans le fichier</translation>
    </message>
    <message>
        <source>it is a comment with no text</source>
        <translation>c’est un commentaire sans texte</translation>
    </message>
    <message>
        <source>The library did not store the comments: %1</source>
        <translation>La bibliothèque n’a pas enregistré les commentaires : %1</translation>
    </message>
    <message>
        <source>is a reply that does not name the comment it answers</source>
        <translation>est une réponse qui n’indique pas le commentaire auquel elle répond</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>votes by name</source>
        <translation>des votes par nom</translation>
    </message>
    <message>
        <source>votes of 1 or -1 by name</source>
        <translation>des votes de 1 ou -1 par nom</translation>
    </message>
    <message>
        <source>a comment with this id is already on another article</source>
        <translation>un commentaire avec cet identifiant se trouve déjà sur un autre article</translation>
    </message>
    <message>
        <source>it answers a comment that neither the file nor this article has</source>
        <translation>elle répond à un commentaire qui ne figure ni dans le fichier ni dans cet article</translation>
    </message>
    <message>
        <source>it is a link between passages (motivation &quot;linking&quot;); links are not imported</source>
        <translation>c&apos;est un lien entre des passages (motivation &quot;linking&quot;) ; les liens ne sont pas importés</translation>
    </message>
    <message>
        <source>it is the note on the whole article, which is not imported as an annotation</source>
        <translation>c&apos;est la note sur l&apos;article entier, qui n&apos;est pas importée comme annotation</translation>
    </message>
    <message>
        <source>more than any annotation file Glossa reads; check that it is the right file</source>
        <translation>plus que tout fichier d&apos;annotations que Glossa lit ; vérifiez que c&apos;est le bon fichier</translation>
    </message>
    <message>
        <source>Glossa cannot read %1: %2.</source>
        <translation>Glossa ne peut pas lire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Glossa::ImportAnnotationsCommand</name>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::HtmlImporter</name>
    <message>
        <source>HTML import needs Glossa&apos;s web engine, which is not available in this program</source>
        <translation>L&apos;importation HTML nécessite le moteur web de Glossa, qui n&apos;est pas disponible dans ce programme</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::Importers</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no readable text was found in it</source>
        <translation>aucun texte lisible n&apos;y a été trouvé</translation>
    </message>
    <message>
        <source>the largest article Glossa accepts</source>
        <translation>le plus gros article que Glossa accepte</translation>
    </message>
    <message>
        <source>its text is longer than %1 million characters, the longest article Glossa accepts</source>
        <translation>son texte dépasse %1 millions de caractères, l&apos;article le plus long que Glossa accepte</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::InputFile</name>
    <message>
        <source>it is larger than %1 MB, %2</source>
        <translation>il dépasse %1 Mo, %2</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
</context>
<context>
    <name>Glossa::Ingest::TextDecoder</name>
    <message>
        <source>the file claims to be UTF-16 but is not valid UTF-16</source>
        <translation>le fichier se déclare en UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide</translation>
    </message>
    <message>
        <source>the file is binary data, not text</source>
        <translation>le fichier contient des données binaires, pas du texte</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte(s) replaced by � (the file is UTF-8, but not throughout)</source>
        <translation>
            <numerusform>%n octet invalide remplacé par � (le fichier est en UTF-8, mais pas partout)</numerusform>
            <numerusform>%n octets invalides remplacés par � (le fichier est en UTF-8, mais pas partout)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file claims to be UTF-32 but is not valid UTF-32</source>
        <translation>le fichier se dit en UTF-32 mais n&apos;est pas de l&apos;UTF-32 valide</translation>
    </message>
</context>
<context>
    <name>Glossa::Library</name>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>The library is not open for writing.</source>
        <translation>La bibliothèque n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>The library is busy in another program; try again in a moment.</source>
        <translation>La bibliothèque est utilisée par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not read the library: %1</source>
        <translation>Impossible de lire la bibliothèque : %1</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>L&apos;annotation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Modifier l&apos;annotation</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>There is no link %1.</source>
        <translation>Le lien %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>Le commentaire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Vote up</source>
        <translation>Voter pour</translation>
    </message>
    <message>
        <source>Vote down</source>
        <translation>Voter contre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>L&apos;article %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Soulignement</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>The palette needs at least one colour.</source>
        <translation>La palette doit contenir au moins une couleur.</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>La bibliothèque n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Mark private</source>
        <translation>Rendre privée</translation>
    </message>
    <message>
        <source>Unmark private</source>
        <translation>Rendre non privée</translation>
    </message>
    <message>
        <source>Each imported annotation needs its own id on the article it is imported to.</source>
        <translation>Chaque annotation importée doit avoir son propre identifiant sur l&apos;article où elle est importée.</translation>
    </message>
    <message>
        <source>The annotation %1 is on another article.</source>
        <translation>L&apos;annotation %1 se trouve sur un autre article.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire doit contenir du texte.</translation>
    </message>
    <message>
        <source>There is no comment %1 to reply to.</source>
        <translation>Il n’y a pas de commentaire %1 auquel répondre.</translation>
    </message>
    <message>
        <source>Comment %1 is on another article; a reply goes on the same article as the comment it answers.</source>
        <translation>Le commentaire %1 se trouve sur un autre article ; une réponse va sur le même article que le commentaire auquel elle répond.</translation>
    </message>
    <message>
        <source>Annotation %1 is on another article.</source>
        <translation>L’annotation %1 se trouve sur un autre article.</translation>
    </message>
    <message>
        <source>Comment %1 was deleted; its text cannot be edited.</source>
        <translation>Le commentaire %1 a été supprimé ; son texte ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Comment %1 is already deleted.</source>
        <translation>Le commentaire %1 est déjà supprimé.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>A vote needs the name of who casts it.</source>
        <translation>Un vote doit porter le nom de la personne qui l’exprime.</translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation>Retirer le vote</translation>
    </message>
    <message>
        <source>Comment %1 of the file is on another article of this library.</source>
        <translation>Le commentaire %1 du fichier se trouve sur un autre article de cette bibliothèque.</translation>
    </message>
    <message>
        <source>The passage %1 of the file is on another article of this library.</source>
        <translation>Le passage %1 du fichier se trouve sur un autre article de cette bibliothèque.</translation>
    </message>
    <message>
        <source>Merge discussion</source>
        <translation>Fusionner la discussion</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Un auteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>A passage to link needs some of the article&apos;s words.</source>
        <translation>Un passage à relier doit contenir des mots de l&apos;article.</translation>
    </message>
    <message>
        <source>A link joins two different passages or articles; both ends are the same.</source>
        <translation>Un lien relie deux passages ou articles différents ; les deux extrémités sont ici identiques.</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Re-target link</source>
        <translation>Changer la cible du lien</translation>
    </message>
    <message>
        <source>“%1” is the title of %2 articles (%3): choose one, or write [[id:ARTICLE|%1]] with the id of the one you mean.</source>
        <translation>« %1 » est le titre de %2 articles (%3) : choisissez-en un, ou écrivez [[id:ARTICLE|%1]] avec l&apos;identifiant de celui que vous voulez dire.</translation>
    </message>
    <message>
        <source>“%1” cannot be a tag: a tag is one word (letters, digits, - _ /), no spaces.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être une étiquette : une étiquette est un seul mot (lettres, chiffres, - _ /), sans espaces.</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>“%1” is not a date Glossa can read: write the published date as 2024-06-19, or 2024-06-19T08:30:00Z with a time.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date que Glossa sait lire : écrivez la date de publication sous la forme 2024-06-19, ou 2024-06-19T08:30:00Z avec une heure.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag: write it as “it”, “en” or “en-GB”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue : écrivez-le sous la forme «&#xa0;it&#xa0;», «&#xa0;en&#xa0;» ou «&#xa0;en-GB&#xa0;».</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>Modifier les propriétés</translation>
    </message>
    <message>
        <source>Edit article note</source>
        <translation>Modifier la note de l&apos;article</translation>
    </message>
    <message>
        <source>Rename article</source>
        <translation>Renommer l&apos;article</translation>
    </message>
</context>
<context>
    <name>Glossa::LibraryImport</name>
    <message>
        <source>The library is not open for writing.</source>
        <translation>La bibliothèque n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>The library refused the article: %1</source>
        <translation>La bibliothèque a refusé l&apos;article : %1</translation>
    </message>
    <message>
        <source>The article to update could not be read: %1</source>
        <translation>L&apos;article à mettre à jour n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The library refused the update: %1</source>
        <translation>La bibliothèque a refusé la mise à jour : %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>L&apos;article %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The library is busy in another program; try again in a moment.</source>
        <translation>La bibliothèque est utilisée par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>Glossa::LibraryListModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
par %2</translation>
    </message>
    <message numerus="yes">
        <source>● %n new comment(s)</source>
        <translation>
            <numerusform>● %n nouveau commentaire</numerusform>
            <numerusform>● %n nouveaux commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
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
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Links::LinkReader</name>
    <message>
        <source>text changed</source>
        <extracomment>A link one of whose passages reads differently since its article was updated.</extracomment>
        <translation>texte modifié</translation>
    </message>
    <message>
        <source>dangling</source>
        <extracomment>A link one of whose ends (article or passage) was deleted or could not be found again.</extracomment>
        <translation>rompu</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>valide</translation>
    </message>
</context>
<context>
    <name>Glossa::Links::LinkRelation</name>
    <message>
        <source>A link needs a relation: supports, contradicts, elaborates, cites, same-topic, or your own words.</source>
        <translation>Un lien a besoin d&apos;une relation : supports (soutient), contradicts (contredit), elaborates (approfondit), cites (cite), same-topic (même sujet), ou vos propres mots.</translation>
    </message>
    <message>
        <source>A relation is at most %1 characters; this one has %2. Say it shorter, and put the rest in the link&apos;s note.</source>
        <translation>Une relation compte au plus %1 caractères ; celle-ci en a %2. Formulez-la plus brièvement et mettez le reste dans la note du lien.</translation>
    </message>
    <message>
        <source>supports</source>
        <extracomment>Link relations, as the reader&apos;s link markers and the Links pane show them: &quot;this passage supports that one&quot;.</extracomment>
        <translation>soutient</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>elaborates</source>
        <translation>approfondit</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>cite</translation>
    </message>
    <message>
        <source>same topic</source>
        <translation>même sujet</translation>
    </message>
    <message>
        <source>mentions</source>
        <extracomment>The relation of a [[wiki link]] written in a note or a comment.</extracomment>
        <translation>mentionne</translation>
    </message>
</context>
<context>
    <name>Glossa::Model::Annotation</name>
    <message>
        <source>Private: left out of exports</source>
        <translation>Privée : exclue des exportations</translation>
    </message>
</context>
<context>
    <name>Glossa::Model::Palette</name>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d&apos;accord</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>À approfondir</translation>
    </message>
</context>
<context>
    <name>Glossa::PaletteCommand</name>
    <message>
        <source>Change palette</source>
        <translation>Modifier la palette</translation>
    </message>
</context>
<context>
    <name>Glossa::RemoveAnnotationCommand</name>
    <message>
        <source>Remove annotation</source>
        <translation>Supprimer l&apos;annotation</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::HoverText</name>
    <message>
        <source>%1 (text changed)</source>
        <extracomment>In the tooltip of a highlight whose passage was edited since it was made. %1 is the colour&apos;s meaning.</extracomment>
        <translation>%1 (texte modifié)</translation>
    </message>
    <message>
        <source>It read: “%1”</source>
        <extracomment>In a highlight&apos;s tooltip: the words that were marked, before the article changed them.</extracomment>
        <translation>Il disait : « %1 »</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::InlineHtml</name>
    <message>
        <source>%1 (Ctrl+click to open it in your browser)</source>
        <extracomment>The tooltip of a link in an article; %1 is its address.</extracomment>
        <translation>%1 (Ctrl+clic pour l&apos;ouvrir dans votre navigateur)</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::NoteHtml</name>
    <message>
        <source>There is no article %1.</source>
        <translation>L&apos;article %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No article is called “%1”.</source>
        <translation>Aucun article ne s&apos;intitule « %1 ».</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::PageItems</name>
    <message numerus="yes">
        <source>Comment by %1: %n replies</source>
        <extracomment>The name of an inline comment&apos;s marker and bubble in the article, for screen readers and as its tooltip. %1 is the comment&apos;s author.</extracomment>
        <translation>
            <numerusform>Commentaire de %1 : %n réponse</numerusform>
            <numerusform>Commentaire de %1 : %n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Render::ReaderHtml</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Note sur l&apos;article</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Glossa::Render::ThreadHtml</name>
    <message>
        <source>in reply to a comment you don&apos;t have</source>
        <translation>en réponse à un commentaire que vous n’avez pas</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en réponse à %1</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Ce commentaire a été supprimé.</translation>
    </message>
    <message>
        <source>No comments on this article yet.</source>
        <translation>Aucun commentaire sur cet article pour l’instant.</translation>
    </message>
    <message>
        <source>No comments match this filter.</source>
        <translation>Aucun commentaire ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(vous)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Edited %1: show the earlier text</source>
        <translation>Modifié le %1 : afficher le texte précédent</translation>
    </message>
    <message>
        <source>✓ resolved</source>
        <translation>✓ résolu</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>On the passage</source>
        <translation>Sur le passage</translation>
    </message>
    <message>
        <source>Show this passage in the article</source>
        <translation>Afficher ce passage dans l’article</translation>
    </message>
    <message>
        <source>(passage not found)</source>
        <translation>(passage introuvable)</translation>
    </message>
    <message>
        <source>You voted this up; click to take your vote back</source>
        <translation>Vous avez voté pour ; cliquez pour retirer votre vote</translation>
    </message>
    <message>
        <source>Vote up</source>
        <translation>Voter pour</translation>
    </message>
    <message numerus="yes">
        <source>Score: %n vote(s) in all</source>
        <translation>
            <numerusform>Score : %n vote au total</numerusform>
            <numerusform>Score : %n votes au total</numerusform>
        </translation>
    </message>
    <message>
        <source>You voted this down; click to take your vote back</source>
        <translation>Vous avez voté contre ; cliquez pour retirer votre vote</translation>
    </message>
    <message>
        <source>Vote down</source>
        <translation>Voter contre</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1&apos;s comment in your copy of the thread</source>
        <translation>Modifier le commentaire de %1 dans votre copie de la discussion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1&apos;s comment from your copy of the thread</source>
        <translation>Supprimer le commentaire de %1 de votre copie de la discussion</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <source>Replies merged in from others&apos; files will no longer be marked new</source>
        <translation>Les réponses fusionnées depuis les fichiers d’autres personnes ne seront plus marquées comme nouvelles</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Mark the replies merged in from others&apos; files as new</source>
        <translation>Marquer comme nouvelles les réponses fusionnées depuis les fichiers d’autres personnes</translation>
    </message>
    <message>
        <source>✓ Resolved</source>
        <translation>✓ Résolu</translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n réponse)</numerusform>
            <numerusform>(%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the resolved comment</source>
        <translation>Afficher le commentaire résolu</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n replies</source>
        <translation>
            <numerusform>Afficher %n réponse</numerusform>
            <numerusform>Afficher les %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older reply(ies) not shown</source>
        <translation>
            <numerusform>%n réponse plus ancienne non affichée</numerusform>
            <numerusform>%n réponses plus anciennes non affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>a deleted comment</source>
        <translation>un commentaire supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Show more comments (%n not shown)</source>
        <translation>
            <numerusform>Afficher plus de commentaires (%n non affiché)</numerusform>
            <numerusform>Afficher plus de commentaires (%n non affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>No earlier text is kept.</source>
        <translation>Aucun texte antérieur n’est conservé.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching this discussion</source>
        <translation>Vous suivez cette discussion</translation>
    </message>
    <message>
        <source>Comments merged in from others&apos; files will no longer be marked new</source>
        <translation>Les commentaires fusionnés depuis les fichiers des autres ne seront plus marqués comme nouveaux</translation>
    </message>
    <message>
        <source>Watch this discussion</source>
        <translation>Suivre cette discussion</translation>
    </message>
    <message>
        <source>Mark the comments merged in from others&apos; files as new</source>
        <translation>Marquer comme nouveaux les commentaires fusionnés depuis les fichiers des autres</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lus</translation>
    </message>
</context>
<context>
    <name>Glossa::ReviseArticleCommand</name>
    <message>
        <source>Update article</source>
        <translation>Mettre à jour l&apos;article</translation>
    </message>
</context>
<context>
    <name>Glossa::Search::LibrarySearch</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>Glossa::Store::Database</name>
    <message>
        <source>The disk is full: Glossa could not write to the library. Free some space on the disk and try again.</source>
        <translation>Le disque est plein : Glossa n’a pas pu écrire dans la bibliothèque. Libérez de la place sur le disque et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: Glossa could not write %1. Free some space on that disk and try again.</source>
        <translation>Le disque est plein : Glossa n’a pas pu écrire %1. Libérez de la place sur ce disque et réessayez.</translation>
    </message>
</context>
<context>
    <name>Glossa::Store::LibraryCheck</name>
    <message>
        <source>article titles</source>
        <translation>titres des articles</translation>
    </message>
    <message>
        <source>article texts</source>
        <translation>textes des articles</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de %2 renvoie à une ligne manquante de %3</translation>
    </message>
    <message>
        <source>the search index misses %n of the %1 (search does not find them)</source>
        <translation>il manque à l&apos;index de recherche des %1 : %n (la recherche ne les trouve pas)</translation>
    </message>
    <message>
        <source>the search index holds %n entries for %1 that are no longer in the library</source>
        <translation>l&apos;index de recherche contient des entrées pour des %1 qui ne sont plus dans la bibliothèque : %n</translation>
    </message>
</context>
<context>
    <name>Glossa::Thread::ThreadFileFormat</name>
    <message>
        <source>it is not a complete thread file (%1 at byte %2); it may have been cut short.</source>
        <translation>ce n’est pas un fichier de discussion complet (%1 à l’octet %2) ; il a peut-être été tronqué.</translation>
    </message>
    <message>
        <source>it is not a Glossa thread file (&apos;glossa thread-export&apos; writes them).</source>
        <translation>ce n’est pas un fichier de discussion Glossa (c’est « glossa thread-export » qui les écrit).</translation>
    </message>
    <message>
        <source>it is a thread file of version %1, which this Glossa cannot read (it reads version %2).</source>
        <translation>c’est un fichier de discussion de version %1, que cette version de Glossa ne sait pas lire (elle lit la version %2).</translation>
    </message>
    <message>
        <source>it does not say which article its thread is on.</source>
        <translation>il n’indique pas à quel article se rapporte sa discussion.</translation>
    </message>
    <message>
        <source>comment %1 has a vote of %2; a vote is 1 or -1.</source>
        <translation>le commentaire %1 a un vote de %2 ; un vote vaut 1 ou -1.</translation>
    </message>
    <message>
        <source>comment number %1 lacks its id, its time or its text.</source>
        <translation>il manque au commentaire numéro %1 son identifiant, sa date ou son texte.</translation>
    </message>
    <message>
        <source>comment %1 appears twice.</source>
        <translation>le commentaire %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>an earlier text of comment %1 has no time.</source>
        <translation>une version antérieure du texte du commentaire %1 n’a pas de date.</translation>
    </message>
    <message>
        <source>a passage of the thread lacks its id or its words.</source>
        <translation>il manque à un passage de la discussion son identifiant ou ses mots.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>its article&apos;s text sketch holds something other than 32-bit numbers.</source>
        <translation>l’empreinte du texte de son article contient autre chose que des nombres de 32 bits.</translation>
    </message>
    <message>
        <source>it is %1 MB, larger than the %2 MB a thread file may be; no discussion is that long, so it is not read.</source>
        <translation>il fait %1 Mo, plus que les %2 Mo autorisés pour un fichier de discussion ; aucune discussion n’est aussi longue, il n’est donc pas lu.</translation>
    </message>
    <message>
        <source>the largest a thread file may be; no discussion is that long, so it is not read</source>
        <translation>la taille maximale d&apos;un fichier de discussion ; aucune discussion n&apos;est aussi longue, il n&apos;est donc pas lu</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationImportController</name>
    <message>
        <source>Open the article the annotations belong to, then import them.</source>
        <translation>Ouvrez l&apos;article auquel appartiennent les annotations, puis importez-les.</translation>
    </message>
    <message>
        <source>Import Annotations onto “%1”</source>
        <translation>Importer des annotations sur « %1 »</translation>
    </message>
    <message>
        <source>Web Annotations and Hypothesis exports (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotations et exportations Hypothesis (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The annotations could not be imported: %1</source>
        <translation>Les annotations n&apos;ont pas pu être importées : %1</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Nothing was changed in the library.</source>
        <translation>Rien n&apos;a été modifié dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not find their passage in this article; the Annotations pane lists them as orphans, ready to be attached to a new selection.</source>
        <translation>
            <numerusform>%n annotation n&apos;a pas trouvé son passage dans cet article ; le volet Annotations la range parmi les orphelines, prête à être rattachée à une nouvelle sélection.</numerusform>
            <numerusform>%n annotations n&apos;ont pas trouvé leur passage dans cet article ; le volet Annotations les range parmi les orphelines, prêtes à être rattachées à une nouvelle sélection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationTagsLine</name>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>storia, fonti — or write #storia in the note</source>
        <translation>histoire, sources — ou écrivez #histoire dans la note</translation>
    </message>
    <message>
        <source>The annotation&apos;s tags, separated by commas or spaces. A #tag written in the note is added here by itself.</source>
        <translation>Les étiquettes de l&apos;annotation, séparées par des virgules ou des espaces. Une #étiquette écrite dans la note est ajoutée ici automatiquement.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Étiquettes</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette :</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AnnotationsPane</name>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Rattacher à la sélection</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Annotations orphelines</translation>
    </message>
    <message>
        <source>Filter by text or tag…</source>
        <translation>Filtrer par texte ou étiquette…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtrer les annotations</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filtrer par couleur</translation>
    </message>
    <message>
        <source>Attach the selected orphan to the text selected in the reader</source>
        <translation>Rattacher l&apos;annotation orpheline sélectionnée au texte sélectionné dans le lecteur</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message numerus="yes">
        <source>Orphans: %n annotation(s) whose passage is no longer in the article.</source>
        <translation>
            <numerusform>Orphelines : %n annotation dont le passage ne figure plus dans l&apos;article.</numerusform>
            <numerusform>Orphelines : %n annotations dont le passage ne figure plus dans l&apos;article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>%1 (not in the palette)</source>
        <translation>%1 (absente de la palette)</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Note sur l&apos;article</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Note de l&apos;article</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ArticleActions</name>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Supprimer l&apos;article…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Article &amp;Note…</source>
        <translation>&amp;Note de l&apos;article…</translation>
    </message>
    <message>
        <source>Delete the selected articles with their annotations and comments (undoable)</source>
        <translation>Supprimer les articles sélectionnés avec leurs annotations et leurs commentaires (annulable)</translation>
    </message>
    <message>
        <source>Edit the article&apos;s title, byline, site, source, date, language and tags</source>
        <translation>Modifier le titre, l&apos;auteur, le site, la source, la date, la langue et les étiquettes de l&apos;article</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Write a note on the whole article, shown above its text</source>
        <translation>Écrire une note sur l&apos;article entier, affichée au-dessus de son texte</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)?</source>
        <translation>
            <numerusform>Supprimer %n article ?</numerusform>
            <numerusform>Supprimer %n articles ?</numerusform>
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
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no annotations or comments.</source>
        <translation>Il n&apos;a ni annotations ni commentaires.</translation>
    </message>
    <message>
        <source>They have no annotations or comments.</source>
        <translation>Ils n&apos;ont ni annotations ni commentaires.</translation>
    </message>
    <message>
        <source>Its %1 go with it.</source>
        <translation>Avec lui seront aussi supprimés : %1.</translation>
    </message>
    <message>
        <source>Their %1 go with them.</source>
        <translation>Avec eux seront aussi supprimés : %1.</translation>
    </message>
    <message>
        <source>Edit › Undo brings everything back.</source>
        <translation>Édition › Annuler rétablit tout.</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>Supprimer des articles</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n&apos;a été supprimé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s). Edit › Undo brings them back.</source>
        <translation>
            <numerusform>%n article supprimé. Édition › Annuler le rétablit.</numerusform>
            <numerusform>%n articles supprimés. Édition › Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Article(s)…</source>
        <translation>
            <numerusform>&amp;Supprimer %n article…</numerusform>
            <numerusform>&amp;Supprimer %n articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Propriétés de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Qui l&apos;a écrit</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Where it was published</source>
        <translation>Où il a été publié</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>The file or web address it came from</source>
        <translation>Le fichier ou l&apos;adresse web d&apos;où il provient</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>Date de &amp;publication :</translation>
    </message>
    <message>
        <source>2024-06-19</source>
        <translation>2024-06-19</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>it, en, fr…</source>
        <translation>it, en, fr…</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Ét&amp;iquettes :</translation>
    </message>
    <message>
        <source>storia, fonti</source>
        <translation>histoire, sources</translation>
    </message>
    <message>
        <source>A note on the whole article (Markdown; #tags become the article&apos;s tags)</source>
        <translation>Une note sur l&apos;article entier (Markdown ; les #étiquettes deviennent des étiquettes de l&apos;article)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>The article is no longer in the library.</source>
        <translation>L&apos;article n&apos;est plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AuthorDialog</name>
    <message>
        <source>Who Is Commenting?</source>
        <translation>Qui commente ?</translation>
    </message>
    <message>
        <source>Before your first comment: which name should it carry? You can change it later in Settings › Configure Glossa….</source>
        <translation>Avant votre premier commentaire : quel nom doit-il porter ? Vous pourrez le changer plus tard dans Configuration › Configurer Glossa….</translation>
    </message>
    <message>
        <source>&amp;Comment with This Name</source>
        <translation>&amp;Commenter sous ce nom</translation>
    </message>
    <message>
        <source>Comment as &amp;Guest</source>
        <translation>Commenter en tant qu’&amp;invité</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation>Le nom n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::AuthorPage</name>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The name others see on your comments</source>
        <translation>Le nom que les autres voient sur vos commentaires</translation>
    </message>
    <message>
        <source>Your e-mail address (optional)</source>
        <translation>Votre adresse e-mail (facultative)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Your comments and votes carry this name. It stays in this library and in the discussion files you share; nothing is sent anywhere.</source>
        <translation>Vos commentaires et vos votes portent ce nom. Il reste dans cette bibliothèque et dans les fichiers de discussion que vous partagez ; rien n’est envoyé nulle part.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::CommentEditor</name>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Comment editor</source>
        <translation>Éditeur de commentaires</translation>
    </message>
    <message>
        <source>What you are writing</source>
        <translation>Ce que vous écrivez</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Write your comment in Markdown…</source>
        <translation>Écrire votre commentaire en Markdown…</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Return)</source>
        <translation>Publier le commentaire (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Discard what you wrote (Esc)</source>
        <translation>Abandonner ce que vous avez écrit (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Comment on «%1»</source>
        <translation>Commentaire sur « %1 »</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ExportDialog</name>
    <message>
        <source>&amp;Open when done</source>
        <translation>&amp;Ouvrir une fois terminé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page :</translation>
    </message>
    <message numerus="yes">
        <source>Include &amp;private notes (%n in this article)</source>
        <translation>
            <numerusform>Inclure les notes p&amp;rivées (%n dans cet article)</numerusform>
            <numerusform>Inclure les notes p&amp;rivées (%n dans cet article)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include &amp;private notes (this article has none)</source>
        <translation>Inclure les notes p&amp;rivées (cet article n&apos;en a aucune)</translation>
    </message>
    <message>
        <source>Private notes stay out of exports unless you include them here.</source>
        <translation>Les notes privées restent hors des exportations, sauf si vous les incluez ici.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Exporter un PDF annoté</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Export Web Annotations</source>
        <translation>Exporter en Web Annotations</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Include the &amp;discussion</source>
        <translation>Inclure la &amp;discussion</translation>
    </message>
    <message>
        <source>The article&apos;s comment thread, after the annotations.</source>
        <translation>La discussion de l’article, après les annotations.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation>&amp;PDF annoté…</translation>
    </message>
    <message>
        <source>Save the article as a PDF with its highlights, margin notes and PDF annotations</source>
        <translation>Enregistrer l&apos;article en PDF avec ses surlignages, ses notes en marge et des annotations PDF</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the article&apos;s highlights and notes as a Markdown file (for Obsidian or any notes folder)</source>
        <translation>Enregistrer les surlignages et les notes de l&apos;article dans un fichier Markdown (pour Obsidian ou tout dossier de notes)</translation>
    </message>
    <message>
        <source>&amp;Web Annotations…</source>
        <translation>&amp;Web Annotations…</translation>
    </message>
    <message>
        <source>Save the article&apos;s annotations as W3C Web Annotations (JSON-LD) that Glossa and other tools can read</source>
        <translation>Enregistrer les annotations de l&apos;article au format W3C Web Annotations (JSON-LD), lisible par Glossa et d&apos;autres outils</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>Read W3C Web Annotations or a Hypothesis export onto the article shown, as one undoable step</source>
        <translation>Lire des W3C Web Annotations ou une exportation Hypothesis sur l&apos;article affiché, en une seule opération annulable</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::FindBar</name>
    <message>
        <source>Find in Article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Escape)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Find words in the article, whatever their case and accents</source>
        <translation>Rechercher des mots dans l&apos;article, sans tenir compte de la casse ni des accents</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next match in the article</source>
        <translation>Aller à l&apos;occurrence suivante dans l&apos;article</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous match in the article</source>
        <translation>Aller à l&apos;occurrence précédente dans l&apos;article</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::HistoryNavigator</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Back to “%1”</source>
        <extracomment>Tool tip of the Back arrow; %1 is the title of the article it goes back to.</extracomment>
        <translation>Revenir à « %1 »</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward to “%1”</source>
        <extracomment>Tool tip of the Forward arrow; %1 is the title of the article it goes forward to.</extracomment>
        <translation>Avancer jusqu’à « %1 »</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::HtmlPageExtractor</name>
    <message>
        <source>the page is too large to import (over 2 MB once its scripts are removed)</source>
        <translation>la page est trop volumineuse pour être importée (plus de 2 Mo une fois ses scripts retirés)</translation>
    </message>
    <message>
        <source>the page took too long to analyse</source>
        <translation>l&apos;analyse de la page a pris trop de temps</translation>
    </message>
    <message>
        <source>the page could not be loaded for extraction</source>
        <translation>la page n&apos;a pas pu être chargée pour l&apos;extraction</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>Collé le %1</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy the text of an article first.</source>
        <translation>Il n&apos;y a rien à coller : copiez d&apos;abord le texte d&apos;un article.</translation>
    </message>
    <message>
        <source>Paste as New Article</source>
        <translation>Coller comme nouvel article</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importation de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Already in the Library</source>
        <translation>Déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Import as &amp;New</source>
        <translation>Importer comme &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Do the same for the other files</source>
        <translation>Faire de même pour les autres fichiers</translation>
    </message>
    <message>
        <source>“%1” has not changed since it was imported.</source>
        <translation>« %1 » n&apos;a pas changé depuis son importation.</translation>
    </message>
    <message>
        <source>Updated “%1”. Annotations in place: %2; on changed text: %3; orphaned: %4.</source>
        <translation>« %1 » mis à jour. Annotations en place : %2 ; sur du texte modifié : %3 ; orphelines : %4.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n of %1 file(s).</source>
        <translation>
            <numerusform>%n fichier sur %1 importé.</numerusform>
            <numerusform>%n fichiers sur %1 importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. Nothing from them was added to the library.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé. Rien n&apos;a été ajouté à la bibliothèque.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés. Rien n&apos;a été ajouté à la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This text is already in the library, as “%1”.</source>
        <translation>Ce texte est déjà dans la bibliothèque, sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is already in the library as “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans la bibliothèque sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>It has %n annotation(s).</source>
        <translation>
            <numerusform>Il comporte %n annotation.</numerusform>
            <numerusform>Il comporte %n annotations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of “%1” is already in the library, as “%2”. %3</source>
        <translation>Le texte de «&#xa0;%1&#xa0;» est déjà dans la bibliothèque, sous «&#xa0;%2&#xa0;». %3</translation>
    </message>
    <message>
        <source>“%1” was imported before, as “%2”, and has changed since. %3 Update that article with this version? Its highlights and notes are moved to the new text, and the ones whose passage is gone are kept as orphans.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été importé, sous «&#xa0;%2&#xa0;», et a changé depuis. %3 Mettre à jour cet article avec cette version ? Ses surlignages et ses notes sont déplacés vers le nouveau texte, et ceux dont le passage a disparu sont conservés comme orphelins.</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LibraryPanel</name>
    <message>
        <source>Date added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Sort the articles by date added (oldest first), title, when last read (most recent first) or number of annotations (most first)</source>
        <translation>Trier les articles par date d&apos;ajout (les plus anciens d&apos;abord), titre, dernière lecture (la plus récente d&apos;abord) ou nombre d&apos;annotations (les plus annotés d&apos;abord)</translation>
    </message>
    <message>
        <source>Sort articles by</source>
        <translation>Trier les articles par</translation>
    </message>
    <message>
        <source>Show only the articles with this tag</source>
        <translation>Afficher uniquement les articles portant cette étiquette</translation>
    </message>
    <message>
        <source>Show articles tagged</source>
        <translation>Afficher les articles avec l&apos;étiquette</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Trier :</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
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
        <translation>&amp;Relier à…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Link the selection or highlight to a passage of another article (L)</source>
        <translation>Relier la sélection ou le surlignage à un passage d&apos;un autre article (L)</translation>
    </message>
    <message>
        <source>Link the selection or the focused highlight to another passage or article</source>
        <translation>Relier la sélection ou le surlignage sélectionné à un autre passage ou article</translation>
    </message>
    <message>
        <source>Select a passage or a highlight to link it.</source>
        <translation>Sélectionnez un passage ou un surlignage à relier.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Lien créé.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkMarkers</name>
    <message>
        <source>a deleted article</source>
        <translation>un article supprimé</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>l&apos;article entier</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Link, %1, to %2: %3</source>
        <extracomment>%1: the relation (&quot;supports&quot;), %2: the other article&apos;s title, %3: the other passage&apos;s words.</extracomment>
        <translation>Lien, %1, vers %2 : %3</translation>
    </message>
    <message>
        <source>Backlink, %1, from %2: %3</source>
        <translation>Lien entrant, %1, depuis %2 : %3</translation>
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
            <numerusform>%n lien de l&apos;article entier</numerusform>
            <numerusform>%n liens de l&apos;article entier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) on this passage</source>
        <translation>
            <numerusform>%n lien sur ce passage</numerusform>
            <numerusform>%n liens sur ce passage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkPicker</name>
    <message>
        <source>From the whole article “%1”</source>
        <translation>Depuis l&apos;article entier « %1 »</translation>
    </message>
    <message>
        <source>From “%1” in “%2”</source>
        <translation>Depuis « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>&amp;Whole article</source>
        <translation>Article &amp;entier</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <source>Search titles, text and notes</source>
        <translation>Rechercher dans les titres, le texte et les notes</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Select the words to link to</source>
        <translation>Sélectionnez les mots à relier</translation>
    </message>
    <message>
        <source>Choose a result to read its article here and select the passage to link to.</source>
        <translation>Choisissez un résultat pour lire son article ici, puis sélectionnez le passage à relier.</translation>
    </message>
    <message>
        <source>Link to the article as a whole rather than to a passage</source>
        <translation>Relier à l&apos;article dans son ensemble plutôt qu&apos;à un passage</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>How the two passages relate: choose one or write your own words</source>
        <translation>La relation entre les deux passages : choisissez-en une ou écrivez vos propres mots</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: why they are linked (Markdown)</source>
        <translation>Facultatif : pourquoi ils sont reliés (Markdown)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>Re&amp;lier</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <source>The library could not be searched: %1</source>
        <translation>Impossible de rechercher dans la bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinkPickerModel</name>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (titre)</translation>
    </message>
    <message>
        <source>%1, note: %2</source>
        <translation>%1, note : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinksDock</name>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Show the article&apos;s links and backlinks, or hide them when they have the focus</source>
        <translation>Afficher les liens sortants et entrants de l&apos;article, ou les masquer quand ils ont le focus</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Liens (%1)</translation>
    </message>
    <message>
        <source>&amp;Links (%1)</source>
        <translation>L&amp;iens (%1)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>L&amp;iens</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::LinksPane</name>
    <message>
        <source>this article</source>
        <translation>cet article</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>l&apos;article entier</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>A deleted article</source>
        <translation>Un article supprimé</translation>
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
        <translation>Changer la &amp;cible</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Links and backlinks</source>
        <translation>Liens sortants et entrants</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>No links yet. Links from this article&apos;s passages, and backlinks from other articles to it, are listed here.</source>
        <translation>Aucun lien pour l&apos;instant. Les liens partant des passages de cet article, et les liens entrants venant d&apos;autres articles, sont listés ici.</translation>
    </message>
    <message>
        <source>Point the link&apos;s dangling end (else this article&apos;s end) at the passage selected in the reader</source>
        <translation>Faire pointer l&apos;extrémité rompue du lien (sinon celle de cet article) vers le passage sélectionné dans le lecteur</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>The article&apos;s links could not be read: %1</source>
        <translation>Les liens de l&apos;article n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Links from this article</source>
        <translation>Liens partant de cet article</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Liens entrants</translation>
    </message>
    <message>
        <source>This link is a [[ ]] in a note or comment: edit that text to change it</source>
        <translation>Ce lien est un [[ ]] dans une note ou un commentaire : modifiez ce texte pour le changer</translation>
    </message>
    <message>
        <source>The link could not be removed: %1</source>
        <translation>Le lien n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>&amp;Follow Link</source>
        <translation>&amp;Suivre le lien</translation>
    </message>
    <message>
        <source>Re-&amp;target to Selection</source>
        <translation>&amp;Cibler la sélection</translation>
    </message>
    <message>
        <source>&amp;Copy Quote</source>
        <translation>Copier la ci&amp;tation</translation>
    </message>
    <message>
        <source>Re&amp;move Link</source>
        <translation>Supprimer le &amp;lien</translation>
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
        <translation>Sélectionnez un passage dans le lecteur (ou un surlignage) pour y faire pointer le lien.</translation>
    </message>
    <message>
        <source>This link is no longer in the library.</source>
        <translation>Ce lien ne figure plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The article this link leads to was deleted.</source>
        <translation>L&apos;article vers lequel mène ce lien a été supprimé.</translation>
    </message>
    <message>
        <source>The linked passage is no longer in “%1”; it said: “%2”</source>
        <translation>Le passage relié ne figure plus dans « %1 » ; il disait : « %2 »</translation>
    </message>
    <message>
        <source>The link could not be re-targeted: %1</source>
        <translation>Impossible de changer la cible du lien : %1</translation>
    </message>
    <message>
        <source>Link re-targeted.</source>
        <translation>Cible du lien changée.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Focus &amp;Library</source>
        <translation>Aller à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the list of articles</source>
        <translation>Placer le focus clavier sur la liste des articles</translation>
    </message>
    <message>
        <source>Focus &amp;Reader</source>
        <translation>Aller au &amp;lecteur</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article</source>
        <translation>Placer le focus clavier sur l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Glossa</source>
        <translation>À &amp;propos de Glossa</translation>
    </message>
    <message>
        <source>About Glossa</source>
        <translation>À propos de Glossa</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Glossa %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Read articles in a clean view, highlight, annotate, link and discuss them, all in a local library.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Glossa %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lisez des articles dans une vue épurée, surlignez-les, annotez-les, reliez-les et discutez-en, le tout dans une bibliothèque locale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Glossa</source>
        <translation>%1 — Glossa</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Check Library…</source>
        <translation>&amp;Vérifier la bibliothèque…</translation>
    </message>
    <message>
        <source>Read the whole library file and report any damage</source>
        <translation>Lire l&apos;intégralité du fichier de la bibliothèque et signaler les éventuels dommages</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>The library could not be checked: %1</source>
        <translation>Impossible de vérifier la bibliothèque : %1</translation>
    </message>
    <message>
        <source>The library is healthy.</source>
        <translation>La bibliothèque est en bon état.</translation>
    </message>
    <message numerus="yes">
        <source>The library has %n problem(s). Close Glossa and restore a backup from %1.</source>
        <translation>
            <numerusform>La bibliothèque présente %n problème. Fermez Glossa et restaurez une sauvegarde depuis %1.</numerusform>
            <numerusform>La bibliothèque présente %n problèmes. Fermez Glossa et restaurez une sauvegarde depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import text, Markdown or HTML files as articles</source>
        <translation>Importer des fichiers texte, Markdown ou HTML comme articles</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the article with its highlights and margin notes</source>
        <translation>Imprimer l&apos;article avec ses surlignages et ses notes en marge</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Co&amp;ller comme nouvel article</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Make an article of the page or text on the clipboard</source>
        <translation>Créer un article à partir de la page ou du texte du presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Show &amp;Notes List</source>
        <translation>Afficher la liste des &amp;notes</translation>
    </message>
    <message>
        <source>Open the list of notes the window is too narrow to show in the margin</source>
        <translation>Ouvrir la liste des notes que la fenêtre est trop étroite pour afficher dans la marge</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Déplacer le focus clavier vers la partie suivante de la fenêtre</translation>
    </message>
    <message>
        <source>P&amp;revious Pane</source>
        <translation>Volet p&amp;récédent</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Déplacer le focus clavier vers la partie précédente de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every key Glossa answers</source>
        <translation>Lister toutes les touches auxquelles Glossa répond</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Glossa…</source>
        <translation>&amp;Configurer Glossa…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+,</source>
        <translation>Ctrl+Shift+,</translation>
    </message>
    <message>
        <source>Edit the highlight colours, the style of new highlights and the theme</source>
        <translation>Modifier les couleurs de surlignage, le style des nouveaux surlignages et le thème</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la barre d’&amp;outils</translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation>A&amp;rticle</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::NoteEditor</name>
    <message>
        <source>Quoted passage</source>
        <translation>Passage cité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note in Markdown…</source>
        <translation>Écrire une note en Markdown…</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privée</translation>
    </message>
    <message>
        <source>No highlight selected. Select a passage and press N, or click a highlight, to write its note.</source>
        <translation>Aucun surlignage sélectionné. Sélectionnez un passage et appuyez sur N, ou cliquez sur un surlignage, pour écrire sa note.</translation>
    </message>
    <message>
        <source>No highlight selected. Click a highlight to read its note.</source>
        <translation>Aucun surlignage sélectionné. Cliquez sur un surlignage pour en lire la note.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::NotesExportController</name>
    <message>
        <source>Open an article to export it.</source>
        <translation>Ouvrez un article pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>The export could not be written: %1.</source>
        <translation>L&apos;exportation n&apos;a pas pu être écrite : %1.</translation>
    </message>
    <message>
        <source>No file was written. Choose another folder or free some space, then export again.</source>
        <translation>Aucun fichier n&apos;a été écrit. Choisissez un autre dossier ou libérez de la place, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>l&apos;article ne figure plus dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n annotation(s)).</source>
        <translation>
            <numerusform>%1 exporté (%n annotation).</numerusform>
            <numerusform>%1 exporté (%n annotations).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PalettePage</name>
    <message>
        <source>&amp;Change Colour…</source>
        <translation>&amp;Changer la couleur…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Res&amp;tore Defaults</source>
        <translation>Rétablir les &amp;valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Fill the text</source>
        <translation>Re&amp;mplir le texte</translation>
    </message>
    <message>
        <source>U&amp;nderline the text</source>
        <translation>Sou&amp;ligner le texte</translation>
    </message>
    <message>
        <source>Each colour carries a meaning. Keys 1 to 6 in the reader apply the first six; highlights keep their colour when you rename or recolour it.</source>
        <translation>Chaque couleur porte un sens. Dans le lecteur, les touches 1 à 6 appliquent les six premières ; les surlignages gardent leur couleur quand vous la renommez ou en changez la teinte.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Couleurs de surlignage</translation>
    </message>
    <message>
        <source>Press Enter on a colour to change it, F2 on a meaning to rename it; the first six answer keys 1 to 6</source>
        <translation>Appuyez sur Entrée sur une couleur pour la changer, sur F2 sur un sens pour le renommer ; les six premières répondent aux touches 1 à 6</translation>
    </message>
    <message>
        <source>Choose another shade for the selected colour</source>
        <translation>Choisir une autre teinte pour la couleur sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected colour up (it takes the key above)</source>
        <translation>Monter la couleur sélectionnée (elle prend la touche du dessus)</translation>
    </message>
    <message>
        <source>Move the selected colour down (it takes the key below)</source>
        <translation>Descendre la couleur sélectionnée (elle prend la touche du dessous)</translation>
    </message>
    <message>
        <source>Add a colour with a meaning of your own</source>
        <translation>Ajouter une couleur avec un sens à vous</translation>
    </message>
    <message>
        <source>Remove the selected colour from the palette</source>
        <translation>Retirer la couleur sélectionnée de la palette</translation>
    </message>
    <message>
        <source>Go back to the six built-in colours</source>
        <translation>Revenir aux six couleurs d’origine</translation>
    </message>
    <message>
        <source>New highlights</source>
        <translation>Nouveaux surlignages</translation>
    </message>
    <message>
        <source>New highlights fill the text</source>
        <translation>Les nouveaux surlignages remplissent le texte</translation>
    </message>
    <message>
        <source>New highlights underline the text</source>
        <translation>Les nouveaux surlignages soulignent le texte</translation>
    </message>
    <message>
        <source>New colour</source>
        <translation>Nouvelle couleur</translation>
    </message>
    <message>
        <source>Remove Colour</source>
        <translation>Retirer la couleur</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) use this colour. They keep it, shown in grey, until you add a colour named “%1” again. Remove “%2”?</source>
        <translation>
            <numerusform>%n surlignage utilise cette couleur. Il la garde, affiché en gris, jusqu’à ce que vous ajoutiez de nouveau une couleur nommée « %1 ». Retirer « %2 » ?</numerusform>
            <numerusform>%n surlignages utilisent cette couleur. Ils la gardent, affichés en gris, jusqu’à ce que vous ajoutiez de nouveau une couleur nommée « %1 ». Retirer « %2 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) use colours that are not among the defaults. They keep their colour, shown in grey. Restore the default colours?</source>
        <translation>
            <numerusform>%n surlignage utilise une couleur absente des valeurs par défaut. Il garde sa couleur, affiché en gris. Rétablir les couleurs par défaut ?</numerusform>
            <numerusform>%n surlignages utilisent des couleurs absentes des valeurs par défaut. Ils gardent leur couleur, affichés en gris. Rétablir les couleurs par défaut ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour for “%1”</source>
        <translation>Couleur pour « %1 »</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <source>Press Enter or double-click to choose another shade</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour choisir une autre teinte</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>Stored as “%1”</source>
        <translation>Enregistré sous « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PaneLayout</name>
    <message>
        <source>&amp;Reading Mode</source>
        <translation>&amp;Mode lecture</translation>
    </message>
    <message>
        <source>Hide every pane to read the article alone; again to bring them back</source>
        <translation>Masquer tous les panneaux pour lire l&apos;article seul ; une seconde fois pour les réafficher</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Show or hide the search field and the list of articles</source>
        <translation>Afficher ou masquer le champ de recherche et la liste des articles</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Annotations</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Show or hide the list of the article&apos;s highlights and notes</source>
        <translation>Afficher ou masquer la liste des surlignages et des notes de l&apos;article</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Show or hide the note editor</source>
        <translation>Afficher ou masquer l&apos;éditeur de notes</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PdfExportController</name>
    <message>
        <source>Laying out the article…</source>
        <translation>Mise en page de l&apos;article…</translation>
    </message>
    <message>
        <source>Printing the pages…</source>
        <translation>Impression des pages…</translation>
    </message>
    <message>
        <source>Adding annotations (%1 of %2)…</source>
        <translation>Ajout des annotations (%1 sur %2)…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>Ouvrez un article pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>the library could not be read</source>
        <translation>la bibliothèque n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>l&apos;article ne figure plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting Annotated PDF</source>
        <translation>Exportation du PDF annoté</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1; %n annotation(s) could not be placed on the printed text.</source>
        <translation>
            <numerusform>%1 exporté ; %n annotation n&apos;a pas pu être placée sur le texte imprimé.</numerusform>
            <numerusform>%1 exporté ; %n annotations n&apos;ont pas pu être placées sur le texte imprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Exporter un PDF annoté</translation>
    </message>
    <message>
        <source>The annotated PDF could not be exported: %1.</source>
        <translation>Le PDF annoté n&apos;a pas pu être exporté : %1.</translation>
    </message>
    <message>
        <source>No file was written. Choose another folder or free some space, then export again.</source>
        <translation>Aucun fichier n&apos;a été écrit. Choisissez un autre dossier ou libérez de la place, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PdfExporter</name>
    <message numerus="yes">
        <source>the article&apos;s page was not ready to print within %n second(s)</source>
        <translation>
            <numerusform>la page de l&apos;article n&apos;était pas prête pour l&apos;impression au bout de %n seconde</numerusform>
            <numerusform>la page de l&apos;article n&apos;était pas prête pour l&apos;impression au bout de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s page could not be loaded for printing</source>
        <translation>la page de l&apos;article n&apos;a pas pu être chargée pour l&apos;impression</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;exportation a été annulée</translation>
    </message>
    <message>
        <source>the web engine could not print the article</source>
        <translation>le moteur web n&apos;a pas pu imprimer l&apos;article</translation>
    </message>
    <message>
        <source>the printed article could not be annotated: %1</source>
        <translation>l&apos;article imprimé n&apos;a pas pu être annoté : %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PreferencesDialog</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Configure Glossa</source>
        <translation>Configurer Glossa</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de configuration</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Surlignages</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation>Thème : suivre le système</translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation>Thème : clair</translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation>Thème : sombre</translation>
    </message>
    <message>
        <source>The window, the article and the note editor switch together. Following the system, they change when the desktop does.</source>
        <translation>La fenêtre, l’article et l’éditeur de notes changent ensemble. En suivant le système, ils changent avec le bureau.</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>The palette could not be saved: %1</source>
        <translation>La palette n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>Your name could not be saved: %1</source>
        <translation>Votre nom n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::PrintController</name>
    <message>
        <source>The article is still being printed.</source>
        <translation>L&apos;article est encore en cours d&apos;impression.</translation>
    </message>
    <message>
        <source>Open an article to print it.</source>
        <translation>Ouvrez un article pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Imprimer l&apos;article</translation>
    </message>
    <message>
        <source>The article could not be printed: the library could not be read.</source>
        <translation>L&apos;article n&apos;a pas pu être imprimé : la bibliothèque n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The article could not be printed: it is no longer in the library.</source>
        <translation>L&apos;article n&apos;a pas pu être imprimé : il n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The article could not be printed: %1.</source>
        <translation>L&apos;article n&apos;a pas pu être imprimé : %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Imprimé dans %1.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Imprimé.</translation>
    </message>
    <message>
        <source>The article could not be printed: the printer refused the pages.</source>
        <translation>L&apos;article n&apos;a pas pu être imprimé : l&apos;imprimante a refusé les pages.</translation>
    </message>
    <message>
        <source>The article could not be printed: no temporary file could be written.</source>
        <translation>L&apos;article n&apos;a pas pu être imprimé : aucun fichier temporaire n&apos;a pu être écrit.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printer did not take the article: %1</source>
        <translation>L&apos;imprimante n&apos;a pas accepté l&apos;article : %1</translation>
    </message>
    <message>
        <source>lp failed</source>
        <translation>échec de lp</translation>
    </message>
    <message>
        <source>The article could not be printed: lp could not be started.</source>
        <translation>L&apos;article n&apos;a pas pu être imprimé : lp n&apos;a pas pu être lancé.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReadOnlyMode</name>
    <message>
        <source>Read-Only Library</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
    <message>
        <source>This library is read-only: %1. Reading, searching, exporting and printing work; nothing can be changed.</source>
        <translation>Cette bibliothèque est en lecture seule : %1. Lire, chercher, exporter et imprimer fonctionnent ; rien ne peut être modifié.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReaderActions</name>
    <message>
        <source>Highlight with Colour %1</source>
        <translation>Surligner avec la couleur %1</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Next Highlight</source>
        <translation>Surlignage suivant</translation>
    </message>
    <message>
        <source>Previous Highlight</source>
        <translation>Surlignage précédent</translation>
    </message>
    <message>
        <source>Copy &amp;Quote</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Switch &amp;Underline/Fill</source>
        <translation>Basculer &amp;soulignement/remplissage</translation>
    </message>
    <message>
        <source>Underline the focused highlight instead of filling it, or back</source>
        <translation>Souligne le surlignage actif au lieu de le remplir, ou l’inverse</translation>
    </message>
    <message>
        <source>Highlight as “%1”</source>
        <translation>Surligner comme « %1 »</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privée</translation>
    </message>
    <message>
        <source>Keep the focused annotation out of exports, or let it back in</source>
        <translation>Exclut l&apos;annotation active des exportations, ou l&apos;y réintègre</translation>
    </message>
    <message>
        <source>&amp;Comment on Selection</source>
        <translation>Co&amp;mmenter la sélection</translation>
    </message>
    <message>
        <source>Start a comment in the discussion on the selected passage</source>
        <translation>Commencer un commentaire dans la discussion sur le passage sélectionné</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReaderController</name>
    <message>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message>
        <source>Select some text to highlight it.</source>
        <translation>Sélectionnez du texte pour le surligner.</translation>
    </message>
    <message>
        <source>Select some text or click a highlight to write a note.</source>
        <translation>Sélectionnez du texte ou cliquez sur un surlignage pour écrire une note.</translation>
    </message>
    <message>
        <source>Select the passage this annotation belongs to, then re-attach it.</source>
        <translation>Sélectionnez le passage auquel appartient cette annotation, puis rattachez-la.</translation>
    </message>
    <message>
        <source>The library refused the change: %1</source>
        <translation>La bibliothèque a refusé la modification : %1</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <extracomment>%1 is the start of the passage the note is about.</extracomment>
        <translation>Note sur « %1 »</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>List of notes</source>
        <translation>Liste des notes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Orphaned highlight, %1: “%2”</source>
        <extracomment>Spoken by screen readers. %1 is the colour&apos;s meaning, %2 the passage.</extracomment>
        <translation>Surlignage orphelin, %1 : « %2 »</translation>
    </message>
    <message>
        <source>Highlight %1 of %2, %3: “%4”, has a note</source>
        <extracomment>Spoken by screen readers. %1 and %2 count the highlights in text order, %3 is the colour&apos;s meaning, %4 the passage.</extracomment>
        <translation>Surlignage %1 sur %2, %3 : « %4 », avec une note</translation>
    </message>
    <message>
        <source>Highlight %1 of %2, %3: “%4”</source>
        <translation>Surlignage %1 sur %2, %3 : « %4 »</translation>
    </message>
    <message>
        <source>Click a highlight (or move to one with J and K) to change its style.</source>
        <translation>Cliquez sur un surlignage (ou atteignez-le avec J et K) pour changer son style.</translation>
    </message>
    <message>
        <source>Click a highlight (or move to one with J and K) to make it private.</source>
        <translation>Cliquez sur un surlignage (ou atteignez-le avec J et K) pour le rendre privé.</translation>
    </message>
    <message>
        <source>Select a passage to comment on it.</source>
        <translation>Sélectionnez un passage pour le commenter.</translation>
    </message>
    <message>
        <source>This passage is no longer in the article&apos;s text.</source>
        <translation>Ce passage ne figure plus dans le texte de l’article.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::RelatedDock</name>
    <message>
        <source>&amp;Related Passages</source>
        <translation>Passages &amp;connexes</translation>
    </message>
    <message>
        <source>Related Passages</source>
        <translation>Passages connexes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show the passages of other articles related to the selection or the article, or hide them when they have the focus</source>
        <translation>Afficher les passages d&apos;autres articles en rapport avec la sélection ou l&apos;article, ou les masquer quand ils ont le focus</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::RelatedPane</name>
    <message>
        <source>Related passages</source>
        <translation>Passages connexes</translation>
    </message>
    <message>
        <source>Select a passage to see related passages in other articles</source>
        <translation>Sélectionnez un passage pour voir les passages connexes dans d&apos;autres articles</translation>
    </message>
    <message>
        <source>Looking for related passages…</source>
        <translation>Recherche de passages connexes…</translation>
    </message>
    <message>
        <source>Nothing related found</source>
        <translation>Aucun passage connexe trouvé</translation>
    </message>
    <message>
        <source>Related to the selection</source>
        <translation>En rapport avec la sélection</translation>
    </message>
    <message>
        <source>Related to the highlight</source>
        <translation>En rapport avec le surlignage</translation>
    </message>
    <message>
        <source>Related to the whole article</source>
        <translation>En rapport avec l&apos;article entier</translation>
    </message>
    <message>
        <source>Related passages could not be found: %1</source>
        <translation>Impossible de trouver des passages connexes : %1</translation>
    </message>
    <message>
        <source>%1: %2 (shares: %3)</source>
        <translation>%1 : %2 (en commun : %3)</translation>
    </message>
    <message>
        <source>shares: %1</source>
        <translation>en commun : %1</translation>
    </message>
    <message>
        <source>already linked (%1)</source>
        <translation>déjà relié (%1)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Link to this passage as on the same topic; the arrow offers the other relations</source>
        <translation>Relier à ce passage comme traitant du même sujet ; la flèche propose les autres relations</translation>
    </message>
    <message>
        <source>Link to the passage of “%1”</source>
        <translation>Relier au passage de « %1 »</translation>
    </message>
    <message>
        <source>Other Relation…</source>
        <translation>Autre relation…</translation>
    </message>
    <message>
        <source>How does it relate?</source>
        <translation>Quelle est la relation ?</translation>
    </message>
    <message>
        <source>Linked to “%1” (%2).</source>
        <translation>Relié à « %1 » (%2).</translation>
    </message>
    <message>
        <source>There is no such related passage.</source>
        <translation>Ce passage connexe n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the library.</source>
        <translation>« %1 » ne figure plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::Screenshot</name>
    <message>
        <source>the article was not painted within 60 seconds</source>
        <translation>l&apos;article n&apos;a pas été affiché en 60 secondes</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <source>could not write the PDF to %1</source>
        <translation>impossible d’écrire le PDF dans %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchFacetBar</name>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>Filters chosen</source>
        <translation>Filtres choisis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis le :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu’au :</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Date de fin</translation>
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
        <translation>Supprimer le filtre %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A chosen filter: %1 the facet (&quot;Colour&quot;), %2 its value (&quot;Question&quot;).</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchPanel</name>
    <message>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Titles, text, notes and comments: &quot;exact phrase&quot;, -excluded, OR</source>
        <translation>Titres, texte, notes et commentaires : &quot;expression exacte&quot;, -exclus, OR</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>The library could not be searched: %1</source>
        <translation>Impossible de rechercher dans la bibliothèque : %1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched as plain words: the quotes or operators typed could not be read as a query.</source>
        <translation>Recherche faite sur les simples mots : les guillemets ou opérateurs saisis n&apos;ont pas pu être lus comme une requête.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n results: the newest are shown. Add a word to narrow the search.</source>
        <translation>
            <numerusform>Plus de %n résultat : les plus récents sont affichés. Ajoutez un mot pour affiner la recherche.</numerusform>
            <numerusform>Plus de %n résultats : les plus récents sont affichés. Ajoutez un mot pour affiner la recherche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchResultsModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A search hit in a note; %1 is its highlight colour&apos;s meaning (&quot;Question&quot;).</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note, %1</source>
        <translation>Note, %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A search result read aloud: %1 its kind (&quot;Text&quot;, &quot;Note, Question&quot;), %2 its words.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SearchUi</name>
    <message>
        <source>&amp;Search Library…</source>
        <translation>Rechercher dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search the titles, text, notes and comments of every article</source>
        <translation>Rechercher dans les titres, le texte, les notes et les commentaires de tous les articles</translation>
    </message>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>Cet article ne figure plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>This note is no longer in the library.</source>
        <translation>Cette note ne figure plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>This comment is no longer in the discussion.</source>
        <translation>Ce commentaire ne figure plus dans la discussion.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::SelectionToolbar</name>
    <message>
        <source>Selection toolbar</source>
        <translation>Barre d&apos;outils de sélection</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a note to the selection (N)</source>
        <translation>Ajouter une note à la sélection (N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the quote (Ctrl+C)</source>
        <translation>Copier la citation (Ctrl+C)</translation>
    </message>
    <message>
        <source>Highlight as “%1” (%2)</source>
        <translation>Surligner comme « %1 » (%2)</translation>
    </message>
    <message>
        <source>Highlight as “%1”</source>
        <translation>Surligner comme « %1 »</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a colour&apos;s meaning and the key that applies it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Comment on the selection in the discussion (C)</source>
        <translation>Commenter la sélection dans la discussion (C)</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>Dans l’article</translation>
    </message>
    <message>
        <source>Next highlight</source>
        <translation>Surlignage suivant</translation>
    </message>
    <message>
        <source>Previous highlight</source>
        <translation>Surlignage précédent</translation>
    </message>
    <message>
        <source>Open the focused highlight&apos;s note</source>
        <translation>Ouvrir la note du surlignage sélectionné</translation>
    </message>
    <message>
        <source>Let go of the focused highlight</source>
        <translation>Quitter le surlignage sélectionné</translation>
    </message>
    <message>
        <source>Leave the article for the next or previous pane</source>
        <translation>Quitter l’article pour le volet suivant ou précédent</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ThreadDock</name>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Show the article&apos;s discussion, or hide it when it has the focus</source>
        <translation>Afficher la discussion de l’article, ou la masquer quand elle a le focus</translation>
    </message>
    <message>
        <source>Discussion (%1)</source>
        <translation>Discussion (%1)</translation>
    </message>
    <message>
        <source>&amp;Discussion (%1)</source>
        <translation>&amp;Discussion (%1)</translation>
    </message>
    <message>
        <source>&amp;Discussion</source>
        <translation>&amp;Discussion</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ThreadExchange</name>
    <message>
        <source>S&amp;hare Discussion…</source>
        <translation>&amp;Partager la discussion…</translation>
    </message>
    <message>
        <source>Save the article&apos;s discussion to a file to give to others (USB stick, e-mail)</source>
        <translation>Enregistrer la discussion de l’article dans un fichier à transmettre à d’autres (clé USB, e-mail)</translation>
    </message>
    <message>
        <source>&amp;Merge Discussion…</source>
        <translation>&amp;Fusionner une discussion…</translation>
    </message>
    <message>
        <source>Read discussion files from others into your library, as one undoable step each</source>
        <translation>Lire dans votre bibliothèque les fichiers de discussion d’autres personnes, chacun en une seule opération annulable</translation>
    </message>
    <message>
        <source>Open an article to share its discussion.</source>
        <translation>Ouvrez un article pour partager sa discussion.</translation>
    </message>
    <message>
        <source>Share Discussion</source>
        <translation>Partager la discussion</translation>
    </message>
    <message>
        <source>Glossa discussions (*.%1);;All files (*)</source>
        <translation>Discussions Glossa (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The discussion could not be shared: %1</source>
        <translation>La discussion n’a pas pu être partagée : %1</translation>
    </message>
    <message>
        <source>The discussion could not be shared: %1. No file was written.</source>
        <translation>La discussion n’a pas pu être partagée : %1. Aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the discussion of “%1” (%n comment(s)) to %2.</source>
        <translation>
            <numerusform>Discussion de « %1 » (%n commentaire) enregistrée dans %2.</numerusform>
            <numerusform>Discussion de « %1 » (%n commentaires) enregistrée dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Discussion</source>
        <translation>Fusionner une discussion</translation>
    </message>
    <message>
        <source>Glossa discussions (*.%1 *.json);;All files (*)</source>
        <translation>Discussions Glossa (*.%1 *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>«%1» is not in your library. Merge this discussion into «%2» anyway?</source>
        <translation>« %1 » ne figure pas dans votre bibliothèque. Fusionner quand même cette discussion dans « %2 » ?</translation>
    </message>
    <message>
        <source>%1 is not a discussion Glossa can merge: %2 Nothing was merged.</source>
        <translation>%1 n’est pas une discussion que Glossa peut fusionner : %2 Rien n’a été fusionné.</translation>
    </message>
    <message>
        <source>The discussion of «%1» was not merged: %2</source>
        <translation>La discussion de « %1 » n’a pas été fusionnée : %2</translation>
    </message>
    <message>
        <source>Merged the discussion of «%1»: %2.</source>
        <extracomment>%1 is the article&apos;s title, %2 what the merge added (&quot;4 new comments, 1 edit, 2 votes&quot;).</extracomment>
        <translation>Discussion de « %1 » fusionnée : %2.</translation>
    </message>
    <message>
        <source>No discussion was merged.</source>
        <translation>Aucune discussion n’a été fusionnée.</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::ThreadPane</name>
    <message>
        <source>&amp;New Comment</source>
        <translation>&amp;Nouveau commentaire</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Sort comments</source>
        <translation>Trier les commentaires</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus anciens</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <source>Most voted</source>
        <translation>Plus votés</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Afficher les commentaires</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>On passages</source>
        <translation>Sur des passages</translation>
    </message>
    <message>
        <source>Write a comment on the article</source>
        <translation>Écrire un commentaire sur l’article</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Your comment is in the discussion of the article you began it on.</source>
        <translation>Votre commentaire se trouve dans la discussion de l’article sur lequel vous l’avez commencé.</translation>
    </message>
    <message>
        <source>Earlier Versions of %1&apos;s Comment</source>
        <translation>Versions antérieures du commentaire de %1</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::WikiLinkChooser</name>
    <message>
        <source>Which article?</source>
        <translation>Quel article ?</translation>
    </message>
    <message>
        <source>Several articles are called “%1”. Which one does the link mean?</source>
        <translation>Plusieurs articles s&apos;intitulent « %1 ». Lequel le lien désigne-t-il ?</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::WikiLinkCompleter</name>
    <message>
        <source>Article titles</source>
        <translation>Titres des articles</translation>
    </message>
</context>
<context>
    <name>Glossa::Ui::WikiLinkFeature</name>
    <message>
        <source>The article this link opened is no longer in the library.</source>
        <translation>L&apos;article qu&apos;ouvrait ce lien ne figure plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, annotate and discuss articles.</source>
        <translation>Lisez, annotez et discutez des articles.</translation>
    </message>
    <message>
        <source>Use the library in DIR.</source>
        <translation>Utiliser la bibliothèque du dossier DIR.</translation>
    </message>
    <message>
        <source>Show the Nth article of the library (from 1).</source>
        <translation>Afficher le N-ième article de la bibliothèque (à partir de 1).</translation>
    </message>
    <message>
        <source>glossa: --article takes a number from 1, not &apos;%1&apos;.</source>
        <translation>glossa : --article attend un nombre à partir de 1, pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>glossa: the library has only %n article(s).</source>
        <translation>
            <numerusform>glossa : la bibliothèque n&apos;a que %n article.</numerusform>
            <numerusform>glossa : la bibliothèque n&apos;a que %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Use the light or dark theme this time (light, dark or system).</source>
        <translation>Utiliser le thème clair ou sombre cette fois-ci (light, dark ou system).</translation>
    </message>
    <message>
        <source>glossa: --theme takes light, dark or system, not &apos;%1&apos;.</source>
        <translation>glossa : --theme accepte light, dark ou system, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the article is painted (or, for a FILE ending in .pdf, the article as it prints), then quit.</source>
        <translation>Enregistre un PNG de la fenêtre une fois l’article affiché (ou, pour un FICHIER se terminant par .pdf, l’article tel qu’il s’imprime), puis quitte.</translation>
    </message>
    <message>
        <source>With --screenshot, scroll to the Nth highlight of the article in text order (from 1).</source>
        <translation>Avec --screenshot, fait défiler jusqu’au N-ième surlignage de l’article dans l’ordre du texte (à partir de 1).</translation>
    </message>
    <message>
        <source>glossa: --annotation takes a number from 1, not &apos;%1&apos;.</source>
        <translation>glossa : --annotation attend un nombre à partir de 1, pas « %1 ».</translation>
    </message>
    <message>
        <source>glossa: cannot start Glossa&apos;s window, %1 (%2). Reinstalling Glossa should bring it back.</source>
        <translation>glossa : impossible de lancer la fenêtre de Glossa, %1 (%2). Réinstaller Glossa devrait la rétablir.</translation>
    </message>
    <message>
        <source>Open with the Discussion pane shown.</source>
        <translation>Ouvrir avec le panneau Discussion affiché.</translation>
    </message>
    <message>
        <source>Open with a pane shown: discussion, links or related.</source>
        <translation>Ouvrir avec un panneau affiché : discussion (discussion), links (liens) ou related (passages connexes).</translation>
    </message>
    <message>
        <source>glossa: --pane takes discussion, links or related, not &apos;%1&apos;.</source>
        <translation>glossa : --pane accepte discussion, links ou related, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Updating the Library</source>
        <translation>Mise à jour de la bibliothèque</translation>
    </message>
    <message>
        <source>Updating the search index so that words find their inflected forms…
This happens once. It cannot be cancelled; if Glossa is closed, the library stays as it was.</source>
        <translation>Mise à jour de l&apos;index de recherche pour que les mots trouvent leurs formes fléchies…
Cela n&apos;a lieu qu&apos;une fois. L&apos;opération ne peut pas être annulée ; si Glossa est fermé, la bibliothèque reste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>Open with the library searched for QUERY.</source>
        <translation>Ouvrir avec la bibliothèque filtrée par la recherche QUERY.</translation>
    </message>
    <message>
        <source>With --search: only highlights of this colour (its name).</source>
        <translation>Avec --search : uniquement les surlignages de cette couleur (son nom).</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large (e.g. 683x768).</source>
        <translation>Ouvrir la fenêtre à une taille de WIDTHxHEIGHT pixels (par ex. 683x768).</translation>
    </message>
    <message>
        <source>glossa: --size takes WIDTHxHEIGHT in pixels, each at least 200, not &apos;%1&apos;.</source>
        <translation>glossa : --size attend WIDTHxHEIGHT en pixels, chacun d&apos;au moins 200, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Library in Use</source>
        <translation>Bibliothèque utilisée</translation>
    </message>
    <message>
        <source>The library in %1 is open in another Glossa.</source>
        <translation>La bibliothèque dans %1 est ouverte dans un autre Glossa.</translation>
    </message>
    <message>
        <source>It is held by process %1 on %2.</source>
        <translation>Elle est tenue par le processus %1 sur %2.</translation>
    </message>
    <message>
        <source>It is held by %1 (process %2) on %3.</source>
        <translation>Elle est tenue par %1 (processus %2) sur %3.</translation>
    </message>
    <message>
        <source>Open it read-only to read, search, export and print it here; changes can be made only in the other window. Or close this one and go on there.</source>
        <translation>Ouvrez-la en lecture seule pour la lire, y chercher, l’exporter et l’imprimer ici ; les modifications ne peuvent se faire que dans l’autre fenêtre. Ou fermez celle-ci et continuez là-bas.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
</context>
</TS>
