// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "models/pumpmodel.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace PumpStudio::Models {

/// Why one model file was not loaded: which file, which field, what is wrong.
struct ModelLoadError
{
    QString file;
    QString field;    ///< JSON path such as "heads[1].tubing[0].mlPerRev"; empty for the whole file
    QString problem;

    QString text() const;
};

/// The largest model file read.
inline constexpr qint64 kMaxModelFileBytes = 1024 * 1024;

/// Parses one model file's contents; `source` names it in errors. Every field is checked
/// (types, ranges, references between fields such as defaultTubing) and fields a model of this
/// kind does not have are refused; docs/model-schema.json describes the same format.
Result<PumpModel> parseModel(const QByteArray &json, const QString &source, ModelLoadError *error);

/// The pump models the app knows: the bundled files (":/models"), then a user folder whose files
/// override (same id) or add. A bad file is reported and skipped; the others still load, and a
/// bad user file never removes the bundled model it meant to replace.
class ModelRegistry final
{
public:
    static constexpr int kFormatVersion = 1;

    ModelRegistry() = default;

    /// Loads from `bundledDir` then `userDir` (either may be empty). Replaces what was loaded.
    void load(const QString &bundledDir, const QString &userDir);
    /// The usual places: ":/models" and the app's data folder "models".
    void loadDefault();

    const std::vector<PumpModel> &models() const { return m_models; }
    const PumpModel *find(const QString &id) const;
    const std::vector<ModelLoadError> &errors() const { return m_errors; }

    /// What to show people for a model id: the model's name in the UI's language ("Ismatec
    /// Reglo ICC", "Ismatec Reglo ICC 蠕动泵"); an id no file knows is called what it is
    /// ("unknown model "x"") rather than shown as if it were a name. Views that hold model
    /// ids (the Devices page's "Model" column, the catalog's compatibility) call this.
    QString displayName(const QString &modelId) const;
    /// The name of one of a model's heads, tubing sizes or syringes (`partId`), in the UI's
    /// language; with an empty `modelId`, of the first model that has such a part. An unknown
    /// part: "unknown part "x"".
    QString partName(const QString &modelId, const QString &partId) const;

private:
    void loadDir(const QString &dir);

    std::vector<PumpModel> m_models;
    std::vector<ModelLoadError> m_errors;
};

/// One line: "reglo-icc  Ismatec Reglo ICC  Reglo ICC ASCII, 9600 8N1, 4 channels, 0.1-100 rpm".
QString describe(const PumpModel &model);

} // namespace PumpStudio::Models
