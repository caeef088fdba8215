// SPDX-License-Identifier: GPL-3.0-or-later
#include "copiedtextarticle.h"

#include <QStringList>

namespace Glossa::Bench {

namespace {

QString sentence(QRandomGenerator &rng, const QStringList &words)
{
    const int n = 8 + int(rng.bounded(18));
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i > 0) {
            s += (i % 7 == 0 && rng.bounded(3) == 0) ? QStringLiteral(", ") : QStringLiteral(" ");
        }
        s += words[int(rng.bounded(int(words.size())))];
    }
    s[0] = s[0].toUpper();
    return s + u'.';
}

} // namespace

QByteArray copiedTextArticle(QRandomGenerator &rng, int n)
{
    static const QStringList words = QStringLiteral(
        "la di che il e un per è non una in del sono con da si le più della nel anche come ma alla tra questo "
        "governo paese accordo mosca partnership strategica politica economica cooperazione militare regione "
        "rapporti relazioni storia guerra sicurezza presidente incontro visita confine mercato sanzioni energia "
        "sviluppo crescita popolazione città porto rotte commercio diplomazia alleanza obiettivi settimane anni")
                                         .split(u' ');
    QString text = QStringLiteral("Cerca\nCondividi:\nFacebook\nTwitter\n\n");
    text += QStringLiteral("Articolo %1: ").arg(n) + sentence(rng, words).chopped(1) + QStringLiteral("\n\n");
    int wordsSoFar = 0;
    int paragraph = 0;
    while (wordsSoFar < 1000) {
        if (paragraph == 4) {
            text += QStringLiteral("Una rinnovata collaborazione tra le parti\n\n");
        }
        QString p;
        for (int s = 0; s < 6; ++s) {
            const QString sen = sentence(rng, words);
            wordsSoFar += int(sen.count(u' ')) + 1;
            p += (s ? QStringLiteral(" ") : QString()) + sen;
        }
        text += p + QStringLiteral("\n\n");
        ++paragraph;
    }
    text += QStringLiteral("Articoli Correlati\nIscriviti alla newsletter\nContatti\nLanguage\n");
    return text.toUtf8();
}

} // namespace Glossa::Bench
