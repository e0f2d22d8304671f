// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// libFuzzer target: the profile file reader. Invariants: a rejected file is a BadFile error that
// names the file; an accepted one is written back by serializeProfile() and read again as the
// same profile, and reading is deterministic.
#include "profiles/profileformat.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstdio>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString source = u"fuzz.json"_s;
    const auto parsed = Profiles::parseProfile(bytes, source);
    if (!parsed) {
        check(parsed.error().code == Error::Code::BadFile, "a rejected profile is a BadFile error");
        check(parsed.error().message.contains(source), "a rejection names the file");
        return 0;
    }
    const auto again = Profiles::parseProfile(bytes, source);
    check(again.ok() && *again == *parsed, "reading is deterministic");
    const QByteArray written = Profiles::serializeProfile(*parsed);
    const auto reread = Profiles::parseProfile(written, source);
    check(reread.ok(), "a written profile reads back");
    check(*reread == *parsed, "a profile round-trips through serialize and parse");
    return 0;
}
