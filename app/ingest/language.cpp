// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QHash>
#include <QSet>

#include <array>

namespace Glossa::Ingest {

namespace {

struct Profile {
    QString tag;
    QSet<QString> words;
};

QSet<QString> setOf(QStringView spaceSeparated)
{
    QSet<QString> set;
    for (const QStringView w : spaceSeparated.split(u' ', Qt::SkipEmptyParts)) {
        set.insert(w.toString());
    }
    return set;
}

// The most frequent function words of each language (articles, prepositions and their contractions,
// pronouns, conjunctions, auxiliaries). Words shared by several languages ("la", "de", "a") count for
// each: the distinctive ones decide.
const std::array<Profile, 5> &profiles()
{
    static const std::array<Profile, 5> p = {{
        {QStringLiteral("it"),
            setOf(u"il lo la i gli le l un uno una un di a da in con su per tra fra del dello della dei degli delle "
                  u"al allo alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul "
                  u"sullo sulla sui sugli sulle e ed o ma che chi cui non si ci ne è sono era erano ha hanno ho "
                  u"essere stato stata come anche più questo questa questi queste quello quella suo sua suoi sue "
                  u"loro se perché quando dove già sia mentre dopo verso ancora molto tutto tutti nell dell all "
                  u"sull dall quale quali c d")},
        {QStringLiteral("fr"),
            setOf(u"le la les l un une des du de d au aux et ou mais que qu qui quoi dont où ne n pas plus ce "
                  u"cet cette ces il elle ils elles on nous vous je j se s sa son ses leur leurs est sont était "
                  u"été être a ont avait avec pour par sur dans en entre sans sous comme aussi très tout tous "
                  u"toute cela c y lui même si quand depuis après")},
        {QStringLiteral("en"),
            setOf(u"the a an of to in on at by for with from and or but not no is are was were be been being "
                  u"has have had do does did that this these those it its he she they them his her their we "
                  u"you i as which who whom what when where while than then there if so also into about over "
                  u"after before between more most can could will would should may might s")},
        {QStringLiteral("de"),
            setOf(u"der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine "
                  u"ist sind war waren hat haben hatte wird werden wurde wurden sein zu zum zur im in am an "
                  u"auf aus bei mit nach von vor über unter für durch gegen ohne um als wie auch noch nur "
                  u"schon sich er sie es wir ihr ich man dass wenn ob so dieser diese dieses sehr")},
        {QStringLiteral("es"),
            setOf(u"el la los las lo un una unos unas de del al a en con por para sin sobre entre hasta desde "
                  u"y e o u pero que quien cual cuando donde como no se su sus le les es son era eran fue "
                  u"fueron ha han había ser estar está están muy más también este esta estos estas ese esa "
                  u"ya porque si yo él ella nos")},
    }};
    return p;
}

} // namespace

QStringList Language::supported()
{
    QStringList tags;
    for (const Profile &p : profiles()) {
        tags << p.tag;
    }
    return tags;
}

QStringList Language::words(QStringView text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetter() || c.isMark()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        out << current;
    }
    return out;
}

double Language::functionWordShare(const QStringList &words, const QString &language)
{
    if (words.isEmpty()) {
        return 0.0;
    }
    double best = 0.0;
    for (const Profile &p : profiles()) {
        if (!language.isEmpty() && p.tag != language) {
            continue;
        }
        qsizetype hits = 0;
        for (const QString &w : words) {
            hits += p.words.contains(w) ? 1 : 0;
        }
        best = std::max(best, double(hits) / double(words.size()));
    }
    return best;
}

QString Language::detect(QStringView text)
{
    const QStringList all = words(text);
    // A handful of words says nothing reliable about a language.
    if (all.size() < 8) {
        return {};
    }
    QString bestTag;
    double best = 0.0;
    double second = 0.0;
    for (const Profile &p : profiles()) {
        const double share = functionWordShare(all, p.tag);
        if (share > best) {
            second = best;
            best = share;
            bestTag = p.tag;
        } else if (share > second) {
            second = share;
        }
    }
    // Prose in a profiled language has 25–50 % function words; require a clear winner as well, so
    // that text in another language (or a list of names) is reported as unknown, not guessed.
    if (best < 0.12 || best < second * 1.15) {
        return {};
    }
    return bestTag;
}

} // namespace Glossa::Ingest
