// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/result.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::InvalidArgument: return u"invalid-argument"_s;
    case Code::OutOfRange: return u"out-of-range"_s;
    case Code::BadFile: return u"bad-file"_s;
    case Code::Io: return u"io"_s;
    case Code::Timeout: return u"timeout"_s;
    case Code::Refused: return u"refused"_s;
    case Code::Protocol: return u"protocol"_s;
    case Code::Disconnected: return u"disconnected"_s;
    case Code::Unsupported: return u"unsupported"_s;
    case Code::Cancelled: return u"cancelled"_s;
    case Code::WrongDevice: return u"wrong-device"_s;
    case Code::Interrupted: return u"interrupted"_s;
    }
    return u"unknown"_s;
}

} // namespace PumpStudio
