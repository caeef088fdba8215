// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpickermodel.h"

namespace Glossa::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

LinkPickerModel::LinkPickerModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LinkPickerModel::setResults(const QList<Search::ArticleHits> &results)
{
    beginResetModel();
    m_hits.clear();
    m_firstOfArticle.clear();
    for (const Search::ArticleHits &article : results) {
        for (qsizetype i = 0; i < article.hits.size(); ++i) {
            m_hits.append(article.hits[i]);
            m_firstOfArticle.append(i == 0);
        }
    }
    endResetModel();
}

int LinkPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant LinkPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Search::Hit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (h.kind == Search::Hit::Kind::Title) {
            return tr("%1 (title)").arg(h.articleTitle);
        }
        return h.kind == Search::Hit::Kind::Note ? tr("%1, note: %2").arg(h.articleTitle, h.snippet.text)
                                                 : tr("%1: %2").arg(h.articleTitle, h.snippet.text);
    case Qt::ToolTipRole:
        return h.articleTitle;
    case RichTextRole: {
        const QString snippet = h.snippet.marked(QStringLiteral("<b>"), QStringLiteral("</b>"), escaped);
        if (h.kind == Search::Hit::Kind::Title) {
            return snippet;
        }
        // The article's title heads its group; its other hits show only their snippet.
        const QString label = h.kind == Search::Hit::Kind::Note ? tr("Note:") + u' ' : QString();
        const QString body = u"<span style=\"opacity:0.8\">" + label.toHtmlEscaped() + snippet + u"</span>";
        return m_firstOfArticle[index.row()] ? h.articleTitle.toHtmlEscaped() + u"<br>" + body : body;
    }
    case ArticleIdRole:
        return h.articleId;
    case KindRole:
        return int(h.kind);
    default:
        return {};
    }
}

} // namespace Glossa::Ui
