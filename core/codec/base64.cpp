#include "base64.h"

#include <QtEndian>

#include <array>
#include <cstdint>
#include <cstring>

namespace sb {
namespace {

constexpr std::uint8_t kInvalid = 0xff;
constexpr std::uint32_t kBad = 0x01000000; // any bit above the three output bytes marks an invalid character

constexpr std::array<std::uint8_t, 256> makeTable()
{
    std::array<std::uint8_t, 256> t {};
    for (auto &v : t)
        v = kInvalid;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::uint8_t i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = i;
    return t;
}

constexpr auto kTable = makeTable();

// Four tables that place each character's six bits straight into the three output bytes (little-endian word), so
// one group costs four loads, three ORs and one store.
template<int Position>
constexpr std::array<std::uint32_t, 256> makeShiftedTable()
{
    std::array<std::uint32_t, 256> t {};
    for (int c = 0; c < 256; ++c) {
        const std::uint32_t v = kTable[std::size_t(c)];
        if (v == kInvalid) {
            t[std::size_t(c)] = kBad;
            continue;
        }
        if (Position == 0)
            t[std::size_t(c)] = v << 2;
        else if (Position == 1)
            t[std::size_t(c)] = (v >> 4) | ((v & 0x0f) << 12);
        else if (Position == 2)
            t[std::size_t(c)] = ((v >> 2) << 8) | ((v & 0x03) << 22);
        else
            t[std::size_t(c)] = v << 16;
    }
    return t;
}

constexpr auto kD0 = makeShiftedTable<0>();
constexpr auto kD1 = makeShiftedTable<1>();
constexpr auto kD2 = makeShiftedTable<2>();
constexpr auto kD3 = makeShiftedTable<3>();
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the shifted tables assume a little-endian word store");

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
    // One spare byte lets every full group store a whole word.
    out.reserve(qsizetype(outSize) + 1);
    out.resize(static_cast<qsizetype>(outSize));
    auto *dst = reinterpret_cast<std::uint8_t *>(out.data());
    const auto *src = reinterpret_cast<const unsigned char *>(in.data());
    std::size_t i = 0;
    std::uint32_t bad = 0;
    for (; i + 4 <= n; i += 4) {
        const std::uint32_t word = kD0[src[i]] | kD1[src[i + 1]] | kD2[src[i + 2]] | kD3[src[i + 3]];
        bad |= word;
        std::memcpy(dst, &word, 4); // little-endian: bytes 0..2 are the output, byte 3 is overwritten next
        dst += 3;
    }
    if (bad & 0xff000000u)
        return Status::InvalidCharacter;
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
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::InvalidCharacter:
        return QStringLiteral("invalid base64 character");
    case Status::InvalidLength:
        return QStringLiteral("invalid base64 length");
    case Status::TooLarge:
        return QStringLiteral("base64 payload above the size bound");
    }
    return {};
}

} // namespace sb
