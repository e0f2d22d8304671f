// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QSpinBox;
class QToolButton;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Services {
class DryRunService;
}

namespace PumpStudio {

/// The dry-run controls of the Profiles page: the speed-up and the Dry run button. Runs a profile
/// on the program's DryRunService (a simulated pump on a worker thread) and reports what the
/// simulated pump did; never blocks the GUI.
class ProfileDryRunControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDryRunControls)

public:
    ProfileDryRunControls(const Models::ModelRegistry &models, Services::DryRunService &dryRuns, QWidget *parent = nullptr);
    ~ProfileDryRunControls() override;

    /// Runs `plan` at the chosen speed-up, unless the pre-run check finds errors or a dry run
    /// goes on; each outcome is told through statusChanged.
    void start(const Profiles::Profile &plan);
    /// A dry run started here goes on.
    bool running() const;

Q_SIGNALS:
    /// The user pressed Dry run: whoever holds the profile answers with start().
    void dryRunRequested();
    /// A sentence for the user: started, refused, finished with the volume moved, stopped.
    void statusChanged(const QString &text);
    /// The simulated pump's flow (s, mL/min, reverse below 0) when a dry run ends.
    void traceReady(const QList<QPointF> &flow);
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Models::ModelRegistry &m_models;
    Services::DryRunService &m_dryRuns;
    QSpinBox *m_speedup = nullptr;
    QToolButton *m_button = nullptr;
    bool m_mine = false;  ///< the dry run going on was started from here
};

} // namespace PumpStudio
