<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
            <translation>Uso: glossa [--library CARTELLA] [--screenshot FILE.png [--article N]]
     glossa COMANDO [OPZIONI]

Senza un comando, Glossa apre la sua finestra sulla tua biblioteca.

Opzioni:
  --library CARTELLA   usa la biblioteca in CARTELLA invece di quella predefinita
  --screenshot FILE    apre la finestra, ne salva un PNG appena l'articolo è visibile ed esce
  --article N          con --screenshot, mostra l'N-esimo articolo della biblioteca (da 1)
  --version            stampa la versione di Glossa
  --help               stampa questo aiuto
</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Comandi:</translation>
        </message>
        <message>
            <source>glossa: '%1' is not a Glossa command. Run 'glossa --help' for the list of commands.
</source>
            <translation>glossa: '%1' non è un comando di Glossa. Esegui 'glossa --help' per l'elenco dei comandi.
</translation>
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
    </context>
    <context>
        <name>Glossa::Render::ReaderHtml</name>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
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
            <translation>Biblioteca</translation>
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
            <translation>Sposta il focus della tastiera sull'elenco degli articoli</translation>
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
            <translation>Sposta il focus della tastiera sull'articolo</translation>
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
    </context>
    <context>
        <name>Glossa::Ui::ReaderView</name>
        <message>
            <source>Article</source>
            <translation>Articolo</translation>
        </message>
    </context>
    <context>
        <name>Glossa::Ui::Screenshot</name>
        <message>
            <source>the article was not painted within 60 seconds</source>
            <translation>l'articolo non è stato disegnato entro 60 secondi</translation>
        </message>
        <message>
            <source>could not write the screenshot to %1</source>
            <translation>impossibile scrivere lo screenshot in %1</translation>
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
            <source>Save a PNG of the window once the article is painted, then quit.</source>
            <translation>Salva un PNG della finestra appena l'articolo è disegnato, poi esce.</translation>
        </message>
        <message>
            <source>Show the Nth article of the library (from 1).</source>
            <translation>Mostra l'N-esimo articolo della biblioteca (da 1).</translation>
        </message>
        <message>
            <source>glossa: --article takes a number from 1, not '%1'.</source>
            <translation>glossa: --article vuole un numero da 1 in su, non '%1'.</translation>
        </message>
        <message numerus="yes">
            <source>glossa: the library has only %n article(s).</source>
            <translation>
                <numerusform>glossa: la biblioteca ha solo %n articolo.</numerusform>
                <numerusform>glossa: la biblioteca ha solo %n articoli.</numerusform>
            </translation>
        </message>
    </context>
</TS>
