// SPDX-License-Identifier: GPL-3.0-or-later
// The library the application works on: its articles and their current revisions.
// Views read from it and refresh on its change signals.
#pragma once

#include "model/article.h"
#include "model/revision.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Glossa {

class Library final : public QObject
{
    Q_OBJECT

public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // Fills an empty library with the bundled sample articles (first run of the GUI).
    void addSampleArticles();

    QList<Model::Article> articles() const;
    std::optional<Model::Article> article(const QString &id) const;
    std::optional<Model::Revision> currentRevision(const QString &articleId) const;

    void addArticle(const Model::Article &article, const Model::Revision &revision);

Q_SIGNALS:
    void articleAdded(const QString &id);

private:
    struct Entry {
        Model::Article article;
        Model::Revision revision;
    };
    QList<Entry> m_entries;
};

} // namespace Glossa
