// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplate.h"

#include "language.h"

#include <QRegularExpression>
#include <QSet>

namespace Glossa::Ingest {

using namespace Qt::StringLiterals;

namespace {

using Kind = Boilerplate::Kind;
using Model::Block;
using Model::BlockType;

// Words of site chrome in the profiled languages: navigation, sharing, accounts, comment widgets,
// cookie banners. A short line made mostly of them is not part of an article.
const QSet<QString> &chromeWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const QStringView all
            = u"search close menu home login logout sign signup subscribe subscribed unsubscribe newsletter share "
              u"shares tweet facebook twitter whatsapp telegram linkedin pinterest reddit email print copy link "
              u"comment comments reply replies notify guest cookie cookies privacy policy terms contact contacts "
              u"advertisement sponsored related tags tag follow next previous prev back top skip navigation "
              u"language feedback inline oldest newest votes voted view views register account profile "
              u"cerca chiudi accedi esci registrati iscriviti sottoscrivi abbonati condividi stampa commento "
              u"commenti rispondi notificami ospite contatti pubblicità correlati correlato segui successivo "
              u"precedente lingua vedi tutti accetta "
              u"rechercher fermer connexion déconnexion inscription abonner abonnez partager imprimer commentaire "
              u"commentaires répondre contact publicité suivre suivant précédent langue voir "
              u"suche suchen schließen anmelden abmelden registrieren abonnieren teilen drucken kommentar "
              u"kommentare antworten kontakt werbung anzeige folgen weiter zurück sprache "
              u"buscar cerrar iniciar sesión registrarse suscribirse suscríbete compartir imprimir comentario "
              u"comentarios responder contacto publicidad seguir siguiente anterior idioma";
        for (const QStringView w : all.split(u' ', Qt::SkipEmptyParts)) {
            s.insert(w.toString());
        }
        return s;
    }();
    return words;
}

// Whole lines that open what follows an article: the comment section, related articles, the
// footer's newsletter box. Nothing after one of them is joined to the body by a weak paragraph.
bool isSectionEnd(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\d+\\s+)?(?:comments?|commenti|commento|commentaires?|kommentare?|comentarios?|"
                       "responses?|risposte|réactions|"
                       "related(?: articles| posts| stories)?|you may also like|read (?:also|more|next)|"
                       "more from .{1,40}|articoli correlati|potrebbe interessarti|leggi anche|"
                       "articles? (?:liés|similaires)|à lire aussi|lire aussi|sur le même sujet|"
                       "das könnte sie auch interessieren|mehr zum thema|ähnliche artikel|"
                       "artículos relacionados|te puede interesar|lee también|"
                       "leave a (?:reply|comment)|lascia un commento|laisser un commentaire|"
                       "deja un comentario|schreibe einen kommentar|newsletter)\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(line).hasMatch();
}

// "Read also: <another article's title>", inserted between an article's paragraphs.
bool isCrossReference(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:read (?:also|more)|see also|related|leggi anche|leggi pure|vedi anche|lire aussi|"
                       "à lire aussi|voir aussi|lesen sie auch|auch interessant|mehr dazu|lee también|"
                       "ver también|te puede interesar|tags?|topics|categor(?:y|ies)|argomenti|temi|categori[ae]|"
                       "étiquettes|catégories?|schlagwörter|themen|kategorien?|etiquetas|temas|categorías?)\\s*:"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return line.size() <= 200 && re.match(line).hasMatch();
}

// Photo credits and captions' credits: "Photo: Reuters", "credits: foto di X da Pixabay", "© AFP".
bool isCredit(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^\\(?(?:©|\\(c\\)|copyright\\b|credits?\\b|crediti\\b|crédits?\\b|photo(?:graph)?s?\\b\\s*(?::|"
                       "by|de|di|par)|"
                       "foto\\b\\s*(?::|di|von|de)|image\\s*(?::|by|credit)|immagine\\s*(?::|di)|bild\\s*:|"
                       "quelle\\s*:|fonte\\s*:|source\\s*:|imagen\\s*:|fotografía\\s*:)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // A caption that ends with its credit: "Putin e Kim a Pyongyang (foto: Ansa)", "… © Reuters".
    static const QRegularExpression trailing(
        QStringLiteral("(?:\\((?:photo|foto|credit|crédit|bild|imagen|image|immagine)\\b[^)]*\\)|©[^.]*)\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return line.size() <= 160 && (re.match(line).hasMatch() || trailing.match(line).hasMatch());
}

// Cookie and consent banners: prose, but about the site, never the article.
bool isConsentBanner(const QStringList &words)
{
    static const QSet<QString> consent = {u"consent"_s, u"accept"_s, u"agree"_s, u"privacy"_s, u"consenso"_s,
        u"accetta"_s, u"accetto"_s, u"acconsenti"_s, u"accepter"_s, u"acceptez"_s, u"consentement"_s,
        u"confidentialité"_s, u"zustimmen"_s, u"akzeptieren"_s, u"einwilligung"_s, u"datenschutz"_s, u"aceptar"_s,
        u"acepta"_s, u"consentimiento"_s, u"privacidad"_s};
    if (words.size() > 120) {
        return false;
    }
    const bool cookies = words.contains(u"cookie"_s) || words.contains(u"cookies"_s);
    return cookies && std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return consent.contains(w); });
}

// "Picture of Jane Doe", "Foto di Mario Rossi", "Avatar de …": the portrait in an author box.
QString portraitName(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:picture|photo|image|avatar|portrait|foto|immagine|ritratto|bild|imagen|retrato)"
                       "\\s+(?:of|di|de|du|del|von|des)\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(line);
    if (m.hasMatch() && Boilerplate::isNameLike(m.captured(1))) {
        return m.captured(1);
    }
    return {};
}

// The length of a list marker ("- ", "• ", "3. ") at the start of `text`, or 0.
qsizetype listMarkerLength(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-*•–·▪◦]|\\d{1,3}[.)])\\s+(?=\\S)"), QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.capturedLength() : 0;
}

// Lines with list markers are a list only in runs of two or more: a lone "3. Februar 2024" is a date.
void findLists(QList<Boilerplate::Paragraph> &ps)
{
    QList<qsizetype> marker(ps.size());
    for (qsizetype i = 0; i < ps.size(); ++i) {
        marker[i] = ps[i].kind == Kind::Separator ? 0 : listMarkerLength(ps[i].text);
    }
    for (qsizetype i = 0; i < ps.size(); ++i) {
        const bool run = marker[i] > 0 && ((i > 0 && marker[i - 1] > 0) || (i + 1 < ps.size() && marker[i + 1] > 0));
        if (run && ps[i].kind != Kind::Chrome) {
            ps[i].text.remove(0, marker[i]);
            ps[i].kind = Kind::ListItem;
        }
    }
}

bool isChromeLine(const QStringList &words, qsizetype length)
{
    if (words.isEmpty() || words.size() > 8 || length > 80) {
        return false;
    }
    qsizetype chrome = 0;
    for (const QString &w : words) {
        chrome += chromeWords().contains(w) ? 1 : 0;
    }
    return chrome * 2 >= words.size();
}

void classify(Boilerplate::Paragraph &p, const QString &language)
{
    if (std::none_of(p.text.cbegin(), p.text.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
        p.kind = Kind::Separator;
        return;
    }
    const QStringList words = Language::words(p.text);
    p.words = words.size();
    p.functionShare = Language::functionWordShare(words, language);
    p.nameLike = Boilerplate::isNameLike(p.text);
    p.sectionEnd = isSectionEnd(p.text);
    if (p.sectionEnd || isCredit(p.text) || isCrossReference(p.text) || isChromeLine(words, p.text.size())
        || isConsentBanner(words)) {
        p.kind = Kind::Chrome;
        return;
    }
    const QChar last = Boilerplate::terminal(p.text);
    const bool punctuated = last == u'.' || last == u'!' || last == u';' || last == u':';
    if (p.words < 6 || (p.text.size() < 150 && !punctuated)) {
        p.kind = Kind::Short;
        return;
    }
    // Without a profile for the language, length and punctuation have to do on their own.
    const bool known = !language.isEmpty();
    if (!known || p.functionShare >= 0.22) {
        p.kind = Kind::Good;
    } else if (p.functionShare >= 0.12) {
        p.kind = Kind::NearGood;
    } else {
        p.kind = Kind::Bad;
    }
}

double scoreOf(const Boilerplate::Paragraph &p)
{
    const double length = double(p.text.size());
    switch (p.kind) {
    case Kind::Good:
        return length;
    case Kind::NearGood:
        return length / 2;
    case Kind::ListItem:
        return std::min(length, 200.0) / 2;
    case Kind::Short:
        return -30;
    case Kind::Separator:
        return -80;
    case Kind::Bad:
        return -std::max(60.0, length / 2);
    case Kind::Chrome:
        // A heading that opens the comments or related articles ends the article.
        return p.sectionEnd ? -2000 : -60;
    }
    return 0;
}

bool isProse(Kind k)
{
    return k == Kind::Good || k == Kind::NearGood;
}

// A line of the share bar that closes an article ("Share this:", "Facebook", "Condividi:").
bool isShareLine(const QString &line)
{
    static const QSet<QString> share = {u"share"_s, u"condividi"_s, u"partager"_s, u"teilen"_s, u"compartir"_s,
        u"facebook"_s, u"twitter"_s, u"email"_s, u"whatsapp"_s, u"linkedin"_s, u"telegram"_s, u"print"_s, u"stampa"_s,
        u"imprimer"_s, u"drucken"_s};
    const QStringList words = Language::words(line);
    return std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return share.contains(w); });
}

// Author boxes: "Picture of X" / "X" / a bio, or (right after the share bar) "X" / a bio. They are
// metadata. A title-case heading after some other chrome line (an advertisement) is not an author.
void findAuthorBox(Boilerplate::Result &r)
{
    auto &ps = r.paragraphs;
    for (qsizetype i = 0; i < ps.size(); ++i) {
        if (ps[i].sectionEnd) {
            return; // past "Comments": names and paragraphs there are readers', not the author's
        }
        QString name = portraitName(ps[i].text);
        qsizetype next = i + 1;
        if (!name.isEmpty()) {
            ps[i].kind = Kind::Chrome;
            if (next < ps.size() && ps[next].text.compare(name, Qt::CaseInsensitive) == 0) {
                ps[next].kind = Kind::Chrome;
                ++next;
            }
        } else if (i > 0 && ps[i].nameLike && ps[i - 1].kind == Kind::Chrome && isShareLine(ps[i - 1].text)
            && next < ps.size() && isProse(ps[next].kind) && ps[next].text.size() <= 800
            && (next + 1 >= ps.size() || !isProse(ps[next + 1].kind))) {
            name = ps[i].text;
            ps[i].kind = Kind::Chrome;
        } else {
            continue;
        }
        if (r.byline.isEmpty()) {
            r.byline = name;
        }
        if (next < ps.size() && isProse(ps[next].kind) && ps[next].text.size() <= 800) {
            if (r.bio.isEmpty()) {
                r.bio = ps[next].text;
            }
            ps[next].kind = Kind::Chrome;
        }
    }
}

} // namespace

QChar Boilerplate::terminal(const QString &line)
{
    static const QString closers = QStringLiteral("\"'”’»)]*");
    for (qsizetype i = line.size() - 1; i >= 0; --i) {
        if (!closers.contains(line[i]) && !line[i].isSpace()) {
            return line[i];
        }
    }
    return {};
}

bool Boilerplate::isNameLike(const QString &line)
{
    if (line.size() > 50) {
        return false;
    }
    static const QSet<QString> particles = {u"de"_s, u"di"_s, u"da"_s, u"del"_s, u"della"_s, u"van"_s, u"von"_s,
        u"der"_s, u"du"_s, u"la"_s, u"le"_s, u"y"_s, u"dos"_s, u"das"_s, u"ten"_s, u"bin"_s};
    const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 5) {
        return false;
    }
    qsizetype capitalised = 0;
    for (const QString &w : parts) {
        if (particles.contains(w)) {
            continue;
        }
        if (!w.front().isUpper()) {
            return false;
        }
        for (const QChar c : w) {
            if (!c.isLetter() && c != u'.' && c != u'-' && c != u'\'' && c != u'’') {
                return false;
            }
        }
        ++capitalised;
    }
    return capitalised >= 2;
}

QString Boilerplate::bylineName(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:by|written by|words by|di|scritto da|a cura di|par|texte de|von|por|"
                       "author|autore|auteur|autor)\\s*:?\\s+([^,|·•]+?)\\s*(?:[,|·•].*)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(line);
    if (m.hasMatch()) {
        const QString name = m.captured(1).trimmed();
        if (isNameLike(name)) {
            return name;
        }
    }
    return {};
}

Boilerplate::Result Boilerplate::analyse(const QStringList &paragraphs, const QString &language)
{
    Result r;
    r.paragraphs.reserve(paragraphs.size());
    for (const QString &text : paragraphs) {
        Paragraph p;
        p.text = text;
        classify(p, language);
        r.paragraphs.append(p);
    }
    findLists(r.paragraphs);
    findAuthorBox(r);

    // The body: the contiguous run of paragraphs with the largest total score (Kadane's algorithm).
    // Prose scores by its length; short lines cost a little, chrome a lot, so a heading between two
    // paragraphs is kept while a run of menu lines cuts the article off from the page around it.
    double best = 0.0;
    double running = 0.0;
    qsizetype runBegin = 0;
    for (qsizetype i = 0; i < r.paragraphs.size(); ++i) {
        Paragraph &p = r.paragraphs[i];
        p.score = scoreOf(p);
        if (running <= 0.0) {
            running = 0.0;
            runBegin = i;
        }
        running += p.score;
        if (running > best) {
            best = running;
            r.bodyBegin = runBegin;
            r.bodyEnd = i + 1;
        }
    }
    // A closing one-line sentence ("That was all.") costs like any short line, yet it is the
    // article's; so is an opening one. Titles and chrome do not end with a full stop.
    auto isShortSentence = [&](qsizetype i) {
        const Paragraph &p = r.paragraphs[i];
        const QChar last = terminal(p.text);
        return p.kind == Kind::Short && p.words >= 3 && (last == u'.' || last == u'!') && !p.nameLike;
    };
    if (r.bodyEnd > r.bodyBegin) {
        while (r.bodyEnd < r.paragraphs.size() && isShortSentence(r.bodyEnd)) {
            ++r.bodyEnd;
        }
        while (r.bodyBegin > 0 && isShortSentence(r.bodyBegin - 1)) {
            --r.bodyBegin;
        }
    }
    return r;
}

QList<Block> Boilerplate::bodyBlocks(const Result &r)
{
    QList<Block> blocks;
    const auto &ps = r.paragraphs;
    for (qsizetype i = r.bodyBegin; i < r.bodyEnd; ++i) {
        const Paragraph &p = ps[i];
        switch (p.kind) {
        case Kind::Good:
        case Kind::NearGood:
        case Kind::Bad: // inside the body, an odd paragraph (a table row, a list of names) is kept
            blocks.append(Block {.type = BlockType::Paragraph, .text = p.text});
            break;
        case Kind::ListItem:
            blocks.append(Block {.type = BlockType::ListItem, .level = 1, .text = p.text});
            break;
        case Kind::Separator:
            blocks.append(Block {.type = BlockType::Separator});
            break;
        case Kind::Short: {
            // A short line inside the body: a heading when it introduces what follows, else a
            // short paragraph (a one-line sentence).
            const QChar last = terminal(p.text);
            const bool sentence = (last == u'.' || last == u'!' || last == u';' || last == u':') && p.words >= 2;
            blocks.append(Block {.type = sentence ? BlockType::Paragraph : BlockType::Heading,
                .level = sentence ? 0 : 2,
                .text = p.text});
            break;
        }
        case Kind::Chrome:
            break;
        }
    }
    return blocks;
}

} // namespace Glossa::Ingest
