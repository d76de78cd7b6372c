#include "base64.h"

#include <array>
#include <cstdint>

namespace sb {
namespace {

constexpr std::uint8_t kInvalid = 0xff;

constexpr std::array<std::uint8_t, 256> makeTable()
{
    std::array<std::uint8_t, 256> t{};
    for (auto &v : t)
        v = kInvalid;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::uint8_t i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = i;
    return t;
}

constexpr auto kTable = makeTable();

} // namespace

Base64::Status Base64::decode(std::string_view in, QByteArray &out, qsizetype maxOutput)
{
    std::size_t n = in.size();
    // Strip at most two '=' of padding; the length must then describe whole bytes.
    if (n >= 1 && in[n - 1] == '=')
        --n;
    if (n >= 1 && in[n - 1] == '=' && in.size() - n == 1)
        --n;
    if (n % 4 == 1)
        return Status::InvalidLength;
    if (in.size() != n && (in.size() % 4) != 0)
        return Status::InvalidLength;
    const std::size_t outSize = n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1);
    if (outSize > static_cast<std::size_t>(maxOutput))
        return Status::TooLarge;
    out.resize(static_cast<qsizetype>(outSize));
    auto *dst = reinterpret_cast<std::uint8_t *>(out.data());
    const auto *src = reinterpret_cast<const unsigned char *>(in.data());
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        const std::uint8_t a = kTable[src[i]], b = kTable[src[i + 1]], c = kTable[src[i + 2]], d = kTable[src[i + 3]];
        if ((a | b | c | d) & 0x80)
            return Status::InvalidCharacter;
        const std::uint32_t v = (std::uint32_t(a) << 18) | (std::uint32_t(b) << 12) | (std::uint32_t(c) << 6) | d;
        *dst++ = std::uint8_t(v >> 16);
        *dst++ = std::uint8_t(v >> 8);
        *dst++ = std::uint8_t(v);
    }
    const std::size_t rest = n - i;
    if (rest >= 2) {
        const std::uint8_t a = kTable[src[i]], b = kTable[src[i + 1]];
        const std::uint8_t c = rest == 3 ? kTable[src[i + 2]] : 0;
        if ((a | b | c) & 0x80)
            return Status::InvalidCharacter;
        const std::uint32_t v = (std::uint32_t(a) << 18) | (std::uint32_t(b) << 12) | (std::uint32_t(c) << 6);
        *dst++ = std::uint8_t(v >> 16);
        if (rest == 3)
            *dst++ = std::uint8_t(v >> 8);
    }
    return Status::Ok;
}

QString Base64::statusText(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::InvalidCharacter: return QStringLiteral("invalid base64 character");
    case Status::InvalidLength: return QStringLiteral("invalid base64 length");
    case Status::TooLarge: return QStringLiteral("base64 payload above the size bound");
    }
    return {};
}

} // namespace sb
