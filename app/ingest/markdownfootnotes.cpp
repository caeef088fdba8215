// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownfootnotes.h"

#include <QHash>
#include <QRegularExpression>

namespace Glossa::Ingest {

namespace {

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u"```") || t.startsWith(u"~~~");
}

bool isIndented(const QString &line)
{
    return line.startsWith(u"    ") || line.startsWith(u'\t');
}

} // namespace

MarkdownFootnotes MarkdownFootnotes::take(const QString &source)
{
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[\\^([^\\]\\s]+)\\]:[ \\t]?(.*)$"));
    static const QRegularExpression reference(QStringLiteral("\\[\\^([^\\]\\s]+)\\]"));

    // First the definitions, outside code fences; their lines leave the source.
    const QStringList lines = source.split(u'\n');
    QStringList kept;
    QList<std::pair<QString, QString>> definitions; // label, body
    bool fenced = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (isFence(line)) {
            fenced = !fenced;
        }
        const auto m = fenced ? QRegularExpressionMatch() : definition.match(line);
        if (!m.hasMatch()) {
            kept << line;
            continue;
        }
        QString body = m.captured(2);
        // Continuation: indented lines, and blank lines followed by an indented one.
        while (i + 1 < lines.size()) {
            const QString &next = lines[i + 1];
            if (isIndented(next)) {
                body += u'\n' + next.mid(next.startsWith(u'\t') ? 1 : 4);
            } else if (next.trimmed().isEmpty() && i + 2 < lines.size() && isIndented(lines[i + 2])) {
                body += u'\n';
            } else {
                break;
            }
            ++i;
        }
        definitions.append({m.captured(1), body});
        kept << QString(); // the line count stays (md4c's blocks end where they did)
    }

    MarkdownFootnotes out;
    QHash<QString, QString> bodyOf;
    for (const auto &[label, body] : std::as_const(definitions)) {
        if (!bodyOf.contains(label)) {
            bodyOf.insert(label, body);
        }
    }
    QHash<QString, int> numberOf;
    fenced = false;
    for (QString &line : kept) {
        if (isFence(line)) {
            fenced = !fenced;
            continue;
        }
        if (fenced || isIndented(line) || !line.contains(u"[^")) {
            continue;
        }
        QString rewritten;
        qsizetype at = 0;
        auto it = reference.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString label = m.captured(1);
            // Inside a code span (an odd number of backticks before it) a reference is text.
            if (!bodyOf.contains(label) || line.left(m.capturedStart()).count(u'`') % 2 == 1) {
                continue;
            }
            int number = numberOf.value(label);
            if (number == 0) {
                out.labels << label;
                out.bodies << bodyOf.value(label);
                number = int(out.labels.size());
                numberOf.insert(label, number);
            }
            rewritten += line.mid(at, m.capturedStart() - at) + Open + QString::number(number) + Close;
            at = m.capturedEnd();
        }
        if (at > 0) {
            line = rewritten + line.mid(at);
        }
    }
    for (const auto &[label, body] : std::as_const(definitions)) {
        if (!numberOf.contains(label)) {
            out.labels << label;
            out.bodies << body;
            numberOf.insert(label, int(out.labels.size()));
        }
    }
    out.source = kept.join(u'\n');
    return out;
}

QString MarkdownFootnotes::restored(const QString &text) const
{
    if (!text.contains(Open)) {
        return text;
    }
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype close = text[i] == Open ? text.indexOf(Close, i) : -1;
        bool ok = false;
        const int n = close > i ? text.mid(i + 1, close - i - 1).toInt(&ok) : 0;
        if (ok && n >= 1 && n <= labels.size()) {
            out += u"[^" + labels[n - 1] + u']';
            i = close;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace Glossa::Ingest
