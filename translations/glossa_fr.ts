<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
  --version            print Glossa's version
  --help               print this help
</source>
            <translation>Usage : glossa [--library DOSSIER] [--screenshot FICHIER.png [--article N]]
        glossa COMMANDE [OPTIONS]

Sans commande, Glossa ouvre sa fenêtre sur votre bibliothèque.

Options :
  --library DOSSIER    utiliser la bibliothèque de DOSSIER au lieu de celle par défaut
  --screenshot FICHIER ouvrir la fenêtre, en enregistrer un PNG dès que l'article est affiché, puis quitter
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
            <source>glossa: '%1' is not a Glossa command. Run 'glossa --help' for the list of commands.
</source>
            <translation>glossa : « %1 » n'est pas une commande de Glossa. Lancez « glossa --help » pour la liste des commandes.
</translation>
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
    </context>
    <context>
        <name>Glossa::Render::ReaderHtml</name>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>Glossa::Ui::MainWindow</name>
        <message>
            <source>Glossa</source>
            <translation>Glossa</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
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
            <translation>&amp;Affichage</translation>
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
            <translation>Placer le focus clavier sur l'article</translation>
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
    </context>
    <context>
        <name>Glossa::Ui::ReaderView</name>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
    </context>
    <context>
        <name>Glossa::Ui::Screenshot</name>
        <message>
            <source>the article was not painted within 60 seconds</source>
            <translation>l'article n'a pas été affiché en 60 secondes</translation>
        </message>
        <message>
            <source>could not write the screenshot to %1</source>
            <translation>impossible d'écrire la capture d'écran dans %1</translation>
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
            <source>Save a PNG of the window once the article is painted, then quit.</source>
            <translation>Enregistrer un PNG de la fenêtre une fois l'article affiché, puis quitter.</translation>
        </message>
        <message>
            <source>Show the Nth article of the library (from 1).</source>
            <translation>Afficher le N-ième article de la bibliothèque (à partir de 1).</translation>
        </message>
        <message>
            <source>glossa: --article takes a number from 1, not '%1'.</source>
            <translation>glossa : --article attend un nombre à partir de 1, pas « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>glossa: the library has only %n article(s).</source>
            <translation>
                <numerusform>glossa : la bibliothèque n'a que %n article.</numerusform>
                <numerusform>glossa : la bibliothèque n'a que %n articles.</numerusform>
            </translation>
        </message>
    </context>
</TS>
