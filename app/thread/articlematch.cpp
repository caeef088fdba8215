// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlematch.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Glossa::Thread {

namespace {

// FNV-1a over the run's UTF-8: the same value on every machine and Qt version (qHash is seeded).
quint32 fnv1a(const QByteArray &bytes)
{
    quint32 h = 2166136261u;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

// The text's words, case folded and without accents.
QStringList words(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QStringList out;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (c.isMark()) {
            continue; // an accent, apart after NFKD
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        out.append(word);
    }
    return out;
}

} // namespace

TextSketch sketch(const QString &text)
{
    const QStringList w = words(text);
    if (w.isEmpty()) {
        return {};
    }
    QSet<quint32> hashes;
    const qsizetype runs = std::max<qsizetype>(1, w.size() - kShingleWords + 1);
    for (qsizetype i = 0; i < runs; ++i) {
        hashes.insert(fnv1a(w.mid(i, kShingleWords).join(u' ').toUtf8()));
    }
    TextSketch out(hashes.cbegin(), hashes.cend());
    std::sort(out.begin(), out.end());
    if (out.size() > kSketchSize) {
        out.resize(kSketchSize);
    }
    return out;
}

double resemblance(const TextSketch &a, const TextSketch &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    // The smallest k hashes of the union, and how many of them both texts have.
    const QSet<quint32> inA(a.cbegin(), a.cend());
    const QSet<quint32> inB(b.cbegin(), b.cend());
    TextSketch all = a + b;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    const qsizetype k = std::min<qsizetype>(all.size(), kSketchSize);
    int shared = 0;
    for (qsizetype i = 0; i < k; ++i) {
        shared += inA.contains(all[i]) && inB.contains(all[i]) ? 1 : 0;
    }
    return k == 0 ? 0 : double(shared) / double(k);
}

bool sameSource(const QString &a, const QString &b)
{
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty()) {
        return false;
    }
    auto key = [](const QString &source) -> QString {
        const QUrl url(source.trimmed());
        if (url.scheme() == u"http" || url.scheme() == u"https") {
            QString host = url.host().toLower();
            if (host.startsWith(u"www.")) {
                host.remove(0, 4);
            }
            QString path = url.path();
            while (path.endsWith(u'/')) {
                path.chop(1);
            }
            return host + path + (url.hasQuery() ? u'?' + url.query() : QString());
        }
        const QString path = url.isLocalFile() ? url.toLocalFile() : source.trimmed();
        return u"file:" + QFileInfo(path).fileName().toCaseFolded();
    };
    return key(a) == key(b);
}

bool matches(const QString &fileSource, const TextSketch &fileSketch, const QString &source, const TextSketch &text,
    double *score)
{
    const double r = resemblance(fileSketch, text);
    if (score) {
        *score = r;
    }
    return r >= (sameSource(fileSource, source) ? kSameSourceResemblance : kTextOnlyResemblance);
}

} // namespace Glossa::Thread
