// SPDX-License-Identifier: GPL-3.0-or-later
// Recognising the article a thread file is on when its id and its content hash are not this
// library's: classmates import the same reading each on their own, with small differences (a
// boilerplate line more or less, a typo fixed). A file carries a sketch of its article's text; an
// article matches when its text resembles it closely enough, less closely if it also has the same
// source. GUI-free and store-free: Library::readThreadArticle feeds it the library's articles.
#pragma once

#include <QList>
#include <QString>

namespace Glossa::Thread {

// A text's fingerprint: the smallest 32-bit hashes of its runs of kShingleWords words (case and
// accents folded), at most kSketchSize of them, ascending. Two sketches estimate how much of the
// two texts' word runs they share (a "bottom-k" MinHash sketch): small enough to travel in every
// thread file (a few kilobytes), steady under a changed line, and blind to word order only
// across runs.
using TextSketch = QList<quint32>;
constexpr int kShingleWords = 5;
constexpr int kSketchSize = 256;

TextSketch sketch(const QString &text);

// The estimated share of word runs the two texts have in common (Jaccard), 0 to 1; 0 when
// either is empty. A changed word changes kShingleWords runs, so a 1,500-word reading with a few
// lines of boilerplate and two typos fixed still scores about 0.95; two different readings score
// about 0, whatever their subject.
double resemblance(const TextSketch &a, const TextSketch &b);

// With the same source, a copy may have lost or gained a good part of its lines (a page's menus
// and comment widget, kept by one importer and dropped by another) and still be the same reading:
// half of the word runs in common is far above what two different texts ever share.
constexpr double kSameSourceResemblance = 0.5;
// Without it, only a near copy is taken for the same reading: a few lines and words may differ,
// not more, since a wrong match would merge a discussion into another text.
constexpr double kTextOnlyResemblance = 0.85;

// Whether two articles' sources name the same reading: the same web address (scheme, "www.",
// fragment and a trailing slash aside) or, for files, the same file name (classmates keep the
// reading they were given in different folders).
bool sameSource(const QString &a, const QString &b);

// Whether an article (its source and the sketch of its text) is the one a thread file describes.
bool matches(const QString &fileSource, const TextSketch &fileSketch, const QString &source, const TextSketch &text,
    double *score = nullptr);

} // namespace Glossa::Thread
