#pragma once

#include <cstdint>
#include <string_view>

namespace sb {

// The fields of one OMM JSON message (Refresh, Update, Status, Ping, Error…) that the MRN feed acts on. Views point
// into the parser's buffers and are valid only inside the parser's callback.
struct OmmMessageView
{
    std::string_view type; // empty for a request
    std::string_view domain;
    std::int64_t id = 0;
    bool hasId = false;
    std::string_view keyName;
    std::string_view stream, data, code, text; // State
    int pingTimeout = -1; // Login Refresh Elements.PingTimeout
    std::string_view debugMessage; // Error Debug.Message

    // MRN envelope (Fields of a NewsTextAnalytics Refresh/Update)
    bool hasFields = false;
    bool fragmentIsNull = true;
    std::string_view fragment; // base64
    std::string_view guid, mrnSrc, mrnType;
    std::int64_t fragNum = -1;
    std::int64_t totSize = -1;
};

} // namespace sb
