#pragma once

#include <cstddef>
#include <string_view>

namespace simdjson::dom {
class parser;
}

namespace sb {

// Where members of a JSON object's top level sit in its source text, read from the structural index that simdjson's
// DOM parser has just built for that text: the decoders that keep a source document minus a few members learn where
// those members are without scanning the text a second time.
class JsonMemberSpans
{
public:
    struct Span
    {
        std::size_t begin = 0;
        std::size_t end = 0; // one past the value's last byte
        bool found = false;
    };

    // `json` must be the text `parser` parsed last, whole and successfully. For each of `count` keys, the value of
    // the first top-level member whose key is spelled exactly so in the source (no escapes), as `spans[i]`. Nothing
    // is found when the root is not an object.
    static void locate(const simdjson::dom::parser &parser, std::string_view json, const std::string_view *keys,
        Span *spans, int count);
};

} // namespace sb
