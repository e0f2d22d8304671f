// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <spdlog/fmt/fmt.h>

#include <string_view>

/// Lets spdlog and fmt format QString (as UTF-8) and QByteArray (as hex) directly.
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename FormatContext>
    auto format(const QString &text, FormatContext &ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), ctx);
    }
};

template <>
struct fmt::formatter<QByteArray> : fmt::formatter<std::string_view>
{
    template <typename FormatContext>
    auto format(const QByteArray &bytes, FormatContext &ctx) const
    {
        const QByteArray hex = bytes.toHex(' ');
        return fmt::formatter<std::string_view>::format(
            std::string_view(hex.constData(), static_cast<std::size_t>(hex.size())), ctx);
    }
};
