#pragma once

#include "omm_message_view.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <string>

namespace sb {

// Parses one OMM JSON frame (tr_json2): an array of messages, or a single message, validating all of it with
// simdjson, since frames are the hottest input of the MRN path. One instance per thread; it keeps its buffers
// between frames.
class OmmFrameParser
{
public:
    enum class Status { Ok, Malformed, NotAnObject, TooLarge };
    static constexpr qsizetype kDefaultMaxFrameBytes = 16 * 1024 * 1024;

    explicit OmmFrameParser(qsizetype maxFrameBytes = kDefaultMaxFrameBytes);
    ~OmmFrameParser();
    OmmFrameParser(const OmmFrameParser &) = delete;
    OmmFrameParser &operator=(const OmmFrameParser &) = delete;

    using Visitor = std::function<void(const OmmMessageView &)>;

    // Calls `visit` for every message in order. A malformed frame visits nothing; errorText() says what went wrong.
    Status parse(QStringView text, const Visitor &visit);
    Status parse(QByteArrayView utf8, const Visitor &visit);
    QString errorText() const { return m_error; }

private:
    Status parseBuffer(std::size_t length, const Visitor &visit);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    qsizetype m_maxFrameBytes;
    std::string m_buffer; // UTF-8 frame plus simdjson's padding
    QString m_error;
};

} // namespace sb
