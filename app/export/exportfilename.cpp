// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfilename.h"

#include "model/elide.h"

using namespace Qt::StringLiterals;

namespace Glossa::Export {

namespace {

bool unsafe(QChar c)
{
    switch (c.unicode()) {
    case u'/':
    case u'\\':
    case u':':
    case u'*':
    case u'?':
    case u'"':
    case u'<':
    case u'>':
    case u'|':
    case u'#':
    case u'^':
    case u'[':
    case u']':
        return true;
    default:
        break;
    }
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph || (c.isSurrogate() && category == QChar::Other_Surrogate);
}

QString trimmedEnds(QString text)
{
    while (!text.isEmpty() && (text.front() == u'.' || text.front().isSpace())) {
        text.remove(0, 1);
    }
    while (!text.isEmpty() && (text.back() == u'.' || text.back().isSpace())) {
        text.chop(1);
    }
    return text;
}

} // namespace

QString ExportFileName::safeTitle(const QString &title)
{
    QString text = title.normalized(QString::NormalizationForm_C);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a character outside the BMP (an emoji, a rare ideograph): safe
        } else if (unsafe(c)) {
            text[i] = u' ';
        }
    }
    text = trimmedEnds(text.simplified());
    text = trimmedEnds(Model::elidedAtWord(text, MaxTitleLength));
    return text.isEmpty() ? tr("Untitled") : text;
}

QHash<QString, QString> ExportFileName::forArticles(const QList<Model::Article> &articles, const QString &extension)
{
    QHash<QString, int> prefixUse;
    auto prefixOf = [](const Model::Article &a) {
        return a.id.left(IdPrefixLength).toLower();
    };
    for (const Model::Article &a : articles) {
        ++prefixUse[prefixOf(a)];
    }
    QHash<QString, QString> names;
    for (const Model::Article &a : articles) {
        const QString id = prefixUse.value(prefixOf(a)) > 1 ? a.id : a.id.left(IdPrefixLength);
        names.insert(a.id, safeTitle(a.title) + u" ("_s + safeTitle(id) + u")."_s + extension);
    }
    return names;
}

} // namespace Glossa::Export
