#include "json_member_spans.h"

#include <simdjson.h>

#include <cstdint>
#include <cstring>

namespace sb {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

void JsonMemberSpans::locate(
    const simdjson::dom::parser &parser, std::string_view json, const std::string_view *keys, Span *spans, int count)
{
    for (int k = 0; k < count; ++k)
        spans[k] = Span {};
    // Stage 1 leaves the offset of every structural character and of the first byte of every scalar; the DOM does
    // not keep source offsets, so this index is the only record of where values are.
    if (!parser.implementation)
        return;
    const std::uint32_t *index = parser.implementation->structural_indexes.get();
    const std::uint32_t n = parser.implementation->n_structural_indexes;
    const char *p = json.data();
    if (!index || n < 2 || index[n - 1] >= json.size() || p[index[0]] != '{')
        return;
    int remaining = count;
    std::uint32_t i = 1; // at a key, or at the closing brace of an empty object
    while (remaining > 0 && i + 2 < n && p[index[i]] == '"') {
        const std::uint32_t keyBegin = index[i];
        std::uint32_t keyEnd = index[i + 1]; // the colon
        while (keyEnd > keyBegin && isSpace(p[keyEnd - 1]))
            --keyEnd;
        const std::uint32_t value = i + 2;
        std::uint32_t next = value + 1;
        std::size_t valueEnd;
        const char first = p[index[value]];
        if (first == '{' || first == '[') {
            int depth = 0;
            std::uint32_t j = value;
            for (; j < n; ++j) {
                const char c = p[index[j]];
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    break;
            }
            if (j >= n)
                return;
            valueEnd = index[j] + 1;
            next = j + 1;
        } else {
            valueEnd = next < n ? index[next] : json.size();
            while (valueEnd > index[value] && isSpace(p[valueEnd - 1]))
                --valueEnd;
        }
        const std::size_t keyLength = keyEnd - keyBegin - 2; // without the quotes
        for (int k = 0; k < count; ++k) {
            if (!spans[k].found && keys[k].size() == keyLength
                && std::memcmp(p + keyBegin + 1, keys[k].data(), keyLength) == 0) {
                spans[k] = Span {index[value], valueEnd, true};
                --remaining;
                break;
            }
        }
        if (next >= n || p[index[next]] != ',')
            return;
        i = next + 1;
    }
}

} // namespace sb
