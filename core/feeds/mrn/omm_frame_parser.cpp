#include "omm_frame_parser.h"

#include "codec/checked_integer.h"

#include <QStringEncoder>

#include <cstring>
#include <limits>

#include <simdjson.h>

namespace sb {

using namespace simdjson;

struct OmmFrameParser::Impl
{
    // DOM rather than On-Demand: the packaged simdjson picks the fastest kernel at run time only for DOM, and
    // On-Demand compiled without -march flags falls back to its portable kernel.
    dom::parser parser;
};

namespace {

std::string_view stringOrEmpty(dom::element v)
{
    std::string_view out;
    if (v.get(out))
        return {};
    return out;
}

std::string_view stringOrEmpty(simdjson_result<dom::element> v)
{
    std::string_view out;
    if (v.get(out))
        return {};
    return out;
}

std::int64_t intOr(dom::element v, std::int64_t fallback)
{
    std::int64_t out;
    if (!v.get(out))
        return out;
    std::uint64_t u;
    if (!v.get(u))
        return std::int64_t(u & 0x7fffffffffffffffULL);
    double d;
    if (!v.get(d))
        return checkedInteger<std::int64_t>(d).value_or(fallback);
    return fallback;
}

std::int64_t intOr(simdjson_result<dom::element> result, std::int64_t fallback)
{
    dom::element v;
    if (result.get(v))
        return fallback;
    return intOr(v, fallback);
}

void readFields(dom::object obj, OmmMessageView &m)
{
    m.hasFields = true;
    for (dom::key_value_pair kv : obj) {
        const std::string_view key = kv.key;
        if (key == "FRAGMENT") {
            m.fragmentIsNull = kv.value.is_null();
            m.fragment = stringOrEmpty(kv.value);
            if (!m.fragmentIsNull && !kv.value.is_string())
                m.fragmentIsNull = true;
        } else if (key == "FRAG_NUM") {
            m.fragNum = intOr(kv.value, -1);
        } else if (key == "TOT_SIZE") {
            m.totSize = intOr(kv.value, -1);
        } else if (key == "GUID") {
            m.guid = stringOrEmpty(kv.value);
        } else if (key == "MRN_SRC") {
            m.mrnSrc = stringOrEmpty(kv.value);
        } else if (key == "MRN_TYPE") {
            m.mrnType = stringOrEmpty(kv.value);
        }
    }
}

void readMessage(dom::object obj, OmmMessageView &m)
{
    for (dom::key_value_pair kv : obj) {
        const std::string_view key = kv.key;
        if (key == "Type") {
            m.type = stringOrEmpty(kv.value);
        } else if (key == "ID") {
            std::int64_t id;
            if (!kv.value.get(id)) {
                m.id = id;
                m.hasId = true;
            }
        } else if (key == "Domain") {
            m.domain = stringOrEmpty(kv.value);
        } else if (key == "Text") {
            m.text = stringOrEmpty(kv.value); // an Error carries its text at the top level
        } else if (key == "Fields") {
            dom::object sub;
            if (!kv.value.get(sub))
                readFields(sub, m);
        } else if (key == "State") {
            dom::object sub;
            if (!kv.value.get(sub)) {
                m.stream = stringOrEmpty(sub["Stream"]);
                m.data = stringOrEmpty(sub["Data"]);
                m.code = stringOrEmpty(sub["Code"]);
                m.text = stringOrEmpty(sub["Text"]);
            }
        } else if (key == "Key") {
            dom::object sub;
            if (!kv.value.get(sub))
                m.keyName = stringOrEmpty(sub["Name"]);
        } else if (key == "Elements") {
            dom::object sub;
            if (!kv.value.get(sub)) {
                const std::int64_t timeout = intOr(sub["PingTimeout"], -1);
                // Narrowed only when it fits: 4294967326 must not wrap to a 30 s timeout.
                m.pingTimeout = timeout >= 0 && timeout <= std::numeric_limits<int>::max() ? int(timeout) : -1;
            }
        } else if (key == "Debug") {
            dom::object sub;
            if (!kv.value.get(sub))
                m.debugMessage = stringOrEmpty(sub["Message"]);
        }
    }
}

} // namespace

OmmFrameParser::OmmFrameParser(qsizetype maxFrameBytes)
    : m_impl(std::make_unique<Impl>())
    , m_maxFrameBytes(maxFrameBytes)
{ }

OmmFrameParser::~OmmFrameParser() = default;

OmmFrameParser::Status OmmFrameParser::parse(QStringView text, const Visitor &visit)
{
    // Every UTF-16 code unit becomes at least one UTF-8 byte, so the length alone can refuse a frame early.
    if (text.size() > m_maxFrameBytes) {
        m_error
            = QStringLiteral("frame of %1 characters is above the %2-byte bound").arg(text.size()).arg(m_maxFrameBytes);
        return Status::TooLarge;
    }
    QStringEncoder encoder(QStringEncoder::Utf8);
    const std::size_t needed = std::size_t(encoder.requiredSpace(text.size()));
    if (m_buffer.size() < needed + SIMDJSON_PADDING)
        m_buffer.resize(needed + SIMDJSON_PADDING);
    char *end = encoder.appendToBuffer(m_buffer.data(), text);
    if (end - m_buffer.data() > m_maxFrameBytes) {
        m_error = QStringLiteral("frame of %1 bytes is above the %2-byte bound")
                      .arg(end - m_buffer.data())
                      .arg(m_maxFrameBytes);
        return Status::TooLarge;
    }
    return parseBuffer(std::size_t(end - m_buffer.data()), visit);
}

OmmFrameParser::Status OmmFrameParser::parse(QByteArrayView utf8, const Visitor &visit)
{
    if (utf8.size() > m_maxFrameBytes) {
        m_error = QStringLiteral("frame of %1 bytes is above the %2-byte bound").arg(utf8.size()).arg(m_maxFrameBytes);
        return Status::TooLarge;
    }
    const std::size_t n = std::size_t(utf8.size());
    if (m_buffer.size() < n + SIMDJSON_PADDING)
        m_buffer.resize(n + SIMDJSON_PADDING);
    std::memcpy(m_buffer.data(), utf8.data(), n);
    return parseBuffer(n, visit);
}

OmmFrameParser::Status OmmFrameParser::parseBuffer(std::size_t length, const Visitor &visit)
{
    m_error.clear();
    dom::element root;
    if (auto e = m_impl->parser.parse(m_buffer.data(), length, false).get(root)) {
        m_error = QStringLiteral("malformed OMM JSON frame: %1").arg(QString::fromUtf8(error_message(e)));
        return Status::Malformed;
    }
    dom::object single;
    if (!root.get(single)) {
        OmmMessageView m;
        readMessage(single, m);
        visit(m);
        return Status::Ok;
    }
    dom::array messages;
    if (root.get(messages)) {
        m_error = QStringLiteral("OMM frame is neither an array nor an object");
        return Status::NotAnObject;
    }
    for (dom::element element : messages) {
        dom::object obj;
        if (element.get(obj)) {
            m_error = QStringLiteral("OMM frame holds a message that is not an object");
            return Status::NotAnObject;
        }
        OmmMessageView m;
        readMessage(obj, m);
        visit(m);
    }
    return Status::Ok;
}

} // namespace sb
