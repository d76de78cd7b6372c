#include "mrn_story_decoder.h"

#include "codec/iso_time.h"
#include "codec/json_member_spans.h"
#include "event/json_writer.h"
#include "event/source_json.h"

#include <libdeflate.h>
#include <simdjson.h>

#include <cstring>

namespace sb {

using namespace simdjson;

struct MrnStoryDecoder::Impl
{
    dom::parser parser;
    padded_string padded;
    std::string minified;
};

namespace {

std::string_view stringMember(const dom::object &obj, std::string_view key)
{
    std::string_view out;
    if (obj[key].get(out))
        return {};
    return out;
}

// CRC-32 of the compressed bytes (libdeflate's is carry-less-multiply fast, unlike a byte-wise hash) beside the
// gzip trailer's CRC-32 of the story, so a changed version passes unless both collide.
quint64 contentHash(const QByteArray &compressed)
{
    const auto *p = reinterpret_cast<const unsigned char *>(compressed.constData());
    const std::size_t n = std::size_t(compressed.size());
    quint64 trailer = 0;
    if (n >= 8)
        trailer = quint64(p[n - 8]) | (quint64(p[n - 7]) << 8) | (quint64(p[n - 6]) << 16) | (quint64(p[n - 5]) << 24);
    return (quint64(libdeflate_crc32(0, p, n)) << 32) ^ trailer;
}

} // namespace

void MrnStoryDecoder::appendAttrsPrefix(QByteArray &attrs, const MrnCompressedItem &item)
{
    // The envelope repeats from story to story, so its escaped form is kept.
    if (m_prefix.isEmpty() || item.ric != m_prefixRic || item.mrnSrc != m_prefixSrc || item.mrnType != m_prefixType) {
        m_prefixRic = item.ric;
        m_prefixSrc = item.mrnSrc;
        m_prefixType = item.mrnType;
        m_prefix = "{\"ric\":\"";
        const QByteArray ric = item.ric.toUtf8(), src = item.mrnSrc.toUtf8(), type = item.mrnType.toUtf8();
        JsonWriter::appendEscaped(m_prefix, ric.constData(), ric.size());
        m_prefix.append("\",\"mrnSrc\":\"");
        JsonWriter::appendEscaped(m_prefix, src.constData(), src.size());
        m_prefix.append("\",\"mrnType\":\"");
        JsonWriter::appendEscaped(m_prefix, type.constData(), type.size());
        m_prefix.append("\",\"story\":");
    }
    attrs.append(m_prefix);
}

MrnStoryDecoder::MrnStoryDecoder(QString feedName, Limits limits)
    : m_impl(std::make_unique<Impl>())
    , m_feedName(std::move(feedName))
    , m_limits(limits)
    , m_inflater(limits.maxInflatedBytes)
{
    m_seen.reserve(limits.dedupWindow);
}

MrnStoryDecoder::~MrnStoryDecoder() = default;

QString MrnStoryDecoder::kindForMrnType(const QString &mrnType)
{
    if (mrnType == QLatin1String("TRNA"))
        return QStringLiteral("news.analytics");
    if (mrnType == QLatin1String("TRSI"))
        return QStringLiteral("news.sentiment");
    return QStringLiteral("news.story");
}

void MrnStoryDecoder::clearDuplicates()
{
    m_seen.clear();
    m_seenOrder.clear();
}

bool MrnStoryDecoder::isDuplicate(const QString &guid, quint64 contentHash)
{
    auto it = m_seen.find(guid);
    if (it != m_seen.end()) {
        if (it.value() == contentHash)
            return true;
        it.value() = contentHash; // a changed version replaces the earlier one
        return false;
    }
    if (int(m_seenOrder.size()) >= m_limits.dedupWindow) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    m_seen.insert(guid, contentHash);
    m_seenOrder.push_back(guid);
    return false;
}

MrnStoryDecoder::Result MrnStoryDecoder::decode(
    const MrnCompressedItem &item, qint64 receivedMs, Event &out, QString &errorCode, QString &errorMessage)
{
    // Re-deliveries repeat the compressed bytes exactly, so duplicates are caught before any inflating.
    const quint64 hash = contentHash(item.compressed);
    if (isDuplicate(item.guid, hash))
        return Result::Duplicate;

    const BoundedInflater::Status status = m_inflater.inflate(item.compressed, m_json);
    if (status != BoundedInflater::Status::Ok) {
        m_seen.remove(item.guid); // a corrupt copy must not hide a good re-delivery
        errorCode = status == BoundedInflater::Status::TooLarge ? QStringLiteral("mrn_inflate_too_large")
                                                                : QStringLiteral("mrn_gzip");
        errorMessage = QStringLiteral("%1 (%2 compressed bytes): %3")
                           .arg(item.guid)
                           .arg(item.compressed.size())
                           .arg(BoundedInflater::statusText(status));
        if (status == BoundedInflater::Status::TooLarge)
            errorMessage += QStringLiteral(" of %1 bytes").arg(m_inflater.maxOutput());
        return Result::Error;
    }

    const std::size_t length = std::size_t(m_json.size());
    m_json.reserve(m_json.size() + qsizetype(SIMDJSON_PADDING));
    dom::element root;
    // QByteArray keeps capacity beyond size after reserve(); simdjson only reads the padding, never acts on it.
    const error_code parseError = m_impl->parser.parse(m_json.constData(), length, false).get(root);
    dom::object story;
    if (parseError || root.get_object().get(story)) {
        m_seen.remove(item.guid);
        errorCode = QStringLiteral("mrn_story_json");
        errorMessage
            = QStringLiteral("%1: story JSON is malformed: %2")
                  .arg(item.guid,
                      parseError ? QString::fromUtf8(error_message(parseError)) : QStringLiteral("not an object"));
        return Result::Error;
    }

    out = Event();
    out.feed = m_feedName;
    out.kind = kindForMrnType(item.mrnType);
    out.key = item.guid;
    out.receivedMs = receivedMs;
    std::string_view headline = stringMember(story, "headline");
    out.title = headline.empty() ? QStringLiteral("%1 %2").arg(item.mrnType, item.guid).toUtf8()
                                 : QByteArray(headline.data(), qsizetype(headline.size()));
    const std::string_view body = stringMember(story, "body");
    out.body = QByteArray(body.data(), qsizetype(body.size()));
    std::int64_t urgency = -1;
    if (!story["urgency"].get(urgency))
        out.urgency = int(urgency);
    std::string_view when = stringMember(story, "versionCreated");
    if (when.empty())
        when = stringMember(story, "firstCreated");
    out.timeMs = when.empty() ? 0 : qMax<qint64>(0, parseIsoUtcMs(when));
    out.language = m_codes.get(stringMember(story, "language"));
    out.source = m_codes.get(stringMember(story, "provider"));
    dom::array subjects;
    qsizetype subjectCount = -1;
    if (!story["subjects"].get(subjects)) {
        subjectCount = qsizetype(subjects.size());
        out.tags.reserve(qsizetype(subjects.size()) + 2);
        for (dom::element s : subjects) {
            std::string_view v;
            if (!s.get(v))
                out.tags.append(m_codes.get(v));
        }
    }
    const bool everySubjectIsATag = !out.tags.isEmpty() && out.tags.size() == subjectCount;
    if (!out.language.isEmpty())
        out.tags.append(m_languageTags.tag(out.language));
    if (!out.source.isEmpty())
        out.tags.append(m_providerTags.tag(out.source));

    // attrs embeds the story untouched but for its body text and its subjects, which the Event carries itself
    // (SourceJson puts them back); only line breaks between tokens are removed so JSON Lines stay one line. Real
    // stories end with one newline, which is trimmed without the cost of a minify pass.
    std::size_t rawLength = length;
    while (rawLength > 0
        && (m_json[qsizetype(rawLength - 1)] == '\n' || m_json[qsizetype(rawLength - 1)] == '\r'
            || m_json[qsizetype(rawLength - 1)] == ' '))
        --rawLength;
    std::string_view raw(m_json.constData(), rawLength);
    QByteArray attrs;
    attrs.reserve(qsizetype(raw.size()) + 128);
    appendAttrsPrefix(attrs, item);
    if (std::memchr(raw.data(), '\n', raw.size()) || std::memchr(raw.data(), '\r', raw.size())) {
        // Pretty-printed: rare, so the minified copy is searched again rather than mapped onto the parse.
        m_impl->minified.resize(raw.size());
        std::size_t newLength = 0;
        if (!minify(raw.data(), raw.size(), m_impl->minified.data(), newLength))
            raw = std::string_view(m_impl->minified.data(), newLength);
        if (out.body.isEmpty())
            attrs.append(raw.data(), qsizetype(raw.size()));
        else
            SourceJson::appendWithoutString(attrs, QByteArrayView(raw.data(), qsizetype(raw.size())), "/body");
        attrs.append('}');
        if (everySubjectIsATag)
            SourceJson::emptyArray(attrs, "/story/subjects");
    } else {
        static constexpr std::string_view keys[2] = {"body", "subjects"};
        JsonMemberSpans::Span spans[2];
        JsonMemberSpans::locate(m_impl->parser, raw, keys, spans, 2);
        JsonMemberSpans::Span &body = spans[0], &subjects = spans[1];
        body.found = body.found && !out.body.isEmpty() && raw[body.begin] == '"';
        subjects.found = subjects.found && everySubjectIsATag && raw[subjects.begin] == '[';
        if (body.found && subjects.found && subjects.begin < body.begin)
            std::swap(body, subjects);
        std::size_t at = 0;
        for (const JsonMemberSpans::Span &cut : spans) {
            if (!cut.found)
                continue;
            attrs.append(raw.data() + at, qsizetype(cut.begin - at));
            attrs.append(raw[cut.begin] == '"' ? "\"\"" : "[]");
            at = cut.end;
        }
        attrs.append(raw.data() + at, qsizetype(raw.size() - at));
        attrs.append('}');
    }
    out.attrs = std::move(attrs);
    return Result::Event;
}

} // namespace sb
