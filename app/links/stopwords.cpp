// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopwords.h"

#include "terms.h"

#include <QSet>
#include <QString>

namespace Glossa::Links {

namespace {

// The lists, as data: articles, pronouns, prepositions and their contractions, conjunctions, the
// forms of "be" and "have", and the adverbs every text has. Written as the language writes them;
// they are folded when first used, as the passages' words are.
const char16_t kItalian[] = u"a ad al allo alla ai agli alle anche ancora che chi ci cio come con col coi contro "
                            "cui da dal dallo dalla dai dagli dalle dei degli delle del dello della di dove e ed "
                            "è era erano essere fa fra gia già gli ha hanno ho i il in invece la le lei lo loro lui "
                            "ma mai meno mentre mi molto ne negli nei nel nello nella nelle nessun no noi non nostro "
                            "o oggi ogni oltre per perche perché piu più poi poco proprio puo può qual quale quali "
                            "quando quanto quella quelle quelli quello questa queste questi questo qui se sempre "
                            "senza si sia siamo sono sotto sta stato stata stati stesso su sua sue sui sul sullo "
                            "sulla sulle suo suoi tale tra tutti tutto tutta tutte un una uno vi voi essa esso "
                            "cosi così dopo prima fino verso altro altri altra altre ciò dell dall nell sull all "
                            "degl quest quell";
const char16_t kEnglish[] = u"a about above after again against all also am an and any are as at be been before "
                            "being below between both but by can could did do does doing down during each few for "
                            "from further had has have having he her here hers herself him himself his how i if in "
                            "into is it its itself just me more most my myself no nor not now of off on once only "
                            "or other our ours out over own same she should so some such than that the their them "
                            "then there these they this those through to too under until up very was we were what "
                            "when where which while who whom why will with would you your yours one two its also "
                            "may might must shall us many much new said says still yet";
const char16_t kFrench[] = u"a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le "
                           "les leur leurs lui ma mais me meme même mes moi mon ne nos notre nous on ou où par pas "
                           "pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m "
                           "n s t y est sont été etre être avait avaient ont fait plus aussi comme entre sans sous "
                           "tout tous toute toutes tres très deja déjà encore puis donc car si ni lors dont celle "
                           "celui ceux cela ça alors";
const char16_t kGerman[] = u"aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den der des "
                           "die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen "
                           "einer eines er es etwas fur für hat hatte hatten hier hin ich ihm ihn ihr ihre im in "
                           "ist ja jede jedem jeden jeder jedes kann kein keine mit muss nach nicht noch nun nur "
                           "ob oder ohne sehr sein seine sich sie sind so uber über um und uns unter vom von vor "
                           "war waren warum was weil wenn wer wie wieder wir wird wurde zu zum zur zwischen haben "
                           "werden worden wurden schon mehr";
const char16_t kSpanish[] = u"a al algo algunos ante antes como con contra cual cuando de del desde donde dos el "
                            "él ella ellas ellos en entre era es esa ese eso esta está están este esto estos fue "
                            "fueron ha han hay la las le les lo los mas más me mi mientras muy nada ni no nos o "
                            "otra otro para pero poco por porque que qué se sea ser si sí sin sobre son su sus "
                            "tambien también tanto te tiene tienen todo todos tu un una uno unos y ya yo fue "
                            "sido hasta donde cada";

QSet<QString> buildSet()
{
    QSet<QString> set;
    for (const char16_t *list : {kItalian, kEnglish, kFrench, kGerman, kSpanish}) {
        const QString words = QString::fromUtf16(list);
        for (const QStringView word : QStringView(words).split(u' ', Qt::SkipEmptyParts)) {
            set.insert(Terms::fold(word));
        }
    }
    return set;
}

} // namespace

bool isStopWord(QStringView term)
{
    static const QSet<QString> set = buildSet();
    return set.contains(term.toString());
}

} // namespace Glossa::Links
