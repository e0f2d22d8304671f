// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/pumpjob.h"

namespace PumpStudio::Device {

PumpJob::PumpJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PumpStudio::Error>();
}

PumpJob::~PumpJob() = default;

} // namespace PumpStudio::Device
