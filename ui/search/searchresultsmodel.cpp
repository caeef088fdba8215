// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

namespace Glossa::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString marked(const Search::Snippet &snippet)
{
    return snippet.marked(QStringLiteral("<b>"), QStringLiteral("</b>"), escaped);
}

// The article's title hit, if its title matched.
const Search::Hit *titleHit(const Search::ArticleHits &article)
{
    for (const Search::Hit &h : article.hits) {
        if (h.kind == Search::Hit::Kind::Title) {
            return &h;
        }
    }
    return nullptr;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setResults(const Search::Results &results, const Model::Palette &palette)
{
    beginResetModel();
    m_results = results;
    m_palette = palette;
    m_rows.clear();
    for (qsizetype a = 0; a < m_results.articles.size(); ++a) {
        m_rows.append({a, -1});
        const QList<Search::Hit> &hits = m_results.articles[a].hits;
        for (qsizetype h = 0; h < hits.size(); ++h) {
            // A matched title is shown in the article's own row.
            if (hits[h].kind != Search::Hit::Kind::Title) {
                m_rows.append({a, h});
            }
        }
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({}, m_palette);
}

Search::Hit SearchResultsModel::hit(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    const Row &r = m_rows[row];
    const Search::ArticleHits &article = m_results.articles[r.article];
    if (r.hit >= 0) {
        return article.hits[r.hit];
    }
    if (const Search::Hit *title = titleHit(article)) {
        return *title;
    }
    Search::Hit h;
    h.kind = Search::Hit::Kind::Title;
    h.articleId = article.articleId;
    h.articleTitle = article.title;
    h.snippet.text = article.title;
    return h;
}

bool SearchResultsModel::isArticle(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].hit < 0;
}

int SearchResultsModel::firstHitRow() const
{
    if (m_rows.isEmpty()) {
        return -1;
    }
    return m_rows.size() > 1 && m_rows[1].article == 0 ? 1 : 0;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SearchResultsModel::kindLabel(const Search::Hit &hit) const
{
    switch (hit.kind) {
    case Search::Hit::Kind::Title:
        return tr("Title");
    case Search::Hit::Kind::Text:
        return tr("Text");
    case Search::Hit::Kind::Note:
        //: A search hit in a note; %1 is its highlight colour's meaning ("Question").
        return hit.color.isEmpty() ? tr("Note") : tr("Note, %1").arg(m_palette.labelFor(hit.color));
    case Search::Hit::Kind::Comment:
        return tr("Comment");
    }
    return {};
}

QString SearchResultsModel::articleHtml(const Search::ArticleHits &article) const
{
    const Search::Hit *title = titleHit(article);
    return u"<b>" + (title ? marked(title->snippet) : escaped(article.title)) + u"</b>";
}

QString SearchResultsModel::hitHtml(const Search::Hit &hit) const
{
    // The kind in small type, a note's colour as a swatch before it; the snippet indented under
    // the article's title.
    QString swatch;
    if (hit.kind == Search::Hit::Kind::Note && !hit.color.isEmpty()) {
        const auto color = m_palette.color(hit.color);
        const Model::Rgb rgb = color ? color->color : Model::Palette::fallbackColor();
        swatch = QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span>&nbsp;").arg(rgb.name());
    }
    return QStringLiteral("<div style=\"margin-left:12px\">%1<span style=\"font-size:small; opacity:0.7\">%2</span>"
                          "<br>%3</div>")
        .arg(swatch, escaped(kindLabel(hit)), marked(hit.snippet));
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows[index.row()];
    const Search::ArticleHits &article = m_results.articles[r.article];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (r.hit < 0) {
            return article.title;
        } else {
            const Search::Hit &h = article.hits[r.hit];
            //: A search result read aloud: %1 its kind ("Text", "Note, Question"), %2 its words.
            return tr("%1: %2").arg(kindLabel(h), h.snippet.text);
        }
    case Qt::ToolTipRole:
        return article.title;
    case RichTextRole:
        return r.hit < 0 ? articleHtml(article) : hitHtml(article.hits[r.hit]);
    case ArticleIdRole:
        return article.articleId;
    case KindRole:
        return int(r.hit < 0 ? Search::Hit::Kind::Title : article.hits[r.hit].kind);
    case IsArticleRole:
        return r.hit < 0;
    default:
        return {};
    }
}

} // namespace Glossa::Ui
