// SPDX-License-Identifier: GPL-3.0-or-later
// How model values become column values and back: UTC timestamps as ISO 8601 text, enums as the
// names used in JSON. Shared by the repositories.
#pragma once

#include "model/annotation.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Glossa::Store::Codec {

QString timestamp(const QDateTime &t); // ISO 8601 UTC with milliseconds; empty for an invalid time
QDateTime timestampFrom(const QString &text);

QString kindName(Model::AnnotationKind kind);
Model::AnnotationKind kindFrom(const QString &name);
Model::AnchorStatus anchorStatusFrom(const QString &name);

// A fresh UUID without braces.
QString newId();

} // namespace Glossa::Store::Codec
