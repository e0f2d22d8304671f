// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace PumpStudio {

/// What went wrong: a machine-readable code and a sentence for people.
struct Error
{
    enum class Code {
        InvalidArgument,   ///< bad input from the user or a caller
        OutOfRange,        ///< a value outside a model's limits; nothing was sent
        BadFile,           ///< a malformed, unreadable or newer-version file
        Io,                ///< a file or port could not be read or written
        Timeout,           ///< no reply in time
        Refused,           ///< the device answered, but refused
        Protocol,          ///< a malformed or unexpected frame
        Disconnected,      ///< the link is gone
        Unsupported,       ///< the model cannot do this
        Cancelled,         ///< aborted before completion
        WrongDevice,       ///< another device answered than the one expected; nothing was sent to it
        Interrupted,       ///< the program stopped a pump for safety (a lost link, an interlock)
    };

    Code code = Code::InvalidArgument;
    QString message;

    /// The code as a stable word for JSON, logs and tests ("timeout", "out-of-range").
    static QString codeName(Code code);

    friend bool operator==(const Error &, const Error &) = default;
};

/// A value or an Error: a small std::expected for C++20.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success with nothing to return, or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace PumpStudio

Q_DECLARE_METATYPE(PumpStudio::Error)
Q_DECLARE_METATYPE(PumpStudio::Result<void>)
