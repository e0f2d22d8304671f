// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "models/balancemodel.h"

#include <vector>

namespace PumpStudio::Models {

/// The balance models the app knows: the bundled files (":/balances"), then the user's folder
/// "balances" whose files override (same id) or add. A bad file is reported and skipped.
class BalanceRegistry final
{
public:
    void load(const QString &bundledDir, const QString &userDir);
    void loadDefault();

    const std::vector<BalanceModel> &models() const { return m_models; }
    const BalanceModel *find(const QString &id) const;
    const std::vector<ModelLoadError> &errors() const { return m_errors; }

private:
    void loadDir(const QString &dir);

    std::vector<BalanceModel> m_models;
    std::vector<ModelLoadError> m_errors;
};

} // namespace PumpStudio::Models
