// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation aggregate: an annotation with its selectors, anchor state and tags.
#pragma once

#include "database.h"
#include "model/annotation.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Glossa::Store {

class AnnotationRepository final
{
public:
    explicit AnnotationRepository(Database &db)
        : m_db(db)
    {
    }

    Status insert(const Model::Annotation &annotation);
    // Replaces every stored field of the annotation with the same id (tags included).
    Status update(const Model::Annotation &annotation);
    Status remove(const QString &annotationId);

    Result<std::optional<Model::Annotation>> find(const QString &annotationId) const;
    Result<QList<Model::Annotation>> forArticle(const QString &articleId) const; // in creation order
    Result<qint64> countForArticle(const QString &articleId) const;
    // How many annotations, across the library, use each colour name.
    Result<QHash<QString, int>> colorUsage() const;

private:
    Status bindAndRun(const QString &sql, const Model::Annotation &a);
    Result<QList<Model::Annotation>> select(const QString &where, const QString &value) const;
    Database &m_db;
};

} // namespace Glossa::Store
