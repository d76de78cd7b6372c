#include "alert_message_parser.h"

#include "codec/iso_time.h"
#include "event/json_writer.h"
#include "event/source_json.h"

#include <simdjson.h>

#include <cstring>

namespace sb {

using namespace simdjson;

struct AlertMessageParser::Impl
{
    dom::parser parser;
    std::string minified;
};

namespace {

std::string_view stringAt(dom::element e, std::string_view key)
{
    std::string_view out;
    if (e[key].get(out))
        return {};
    return out;
}

// NewsML-G2 JSON keeps text in "$" members, often inside a one-element array: {"title":[{"$":"…"}]}.
std::string_view textOf(dom::element e)
{
    dom::array list;
    if (!e.get(list)) {
        for (dom::element first : list)
            return textOf(first);
        return {};
    }
    return stringAt(e, "$");
}

std::string_view textMember(dom::element parent, std::string_view key)
{
    dom::element e;
    if (parent[key].get(e))
        return {};
    return textOf(e);
}

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

} // namespace

AlertMessageParser::AlertMessageParser(QString feedName, bool storiesSubscription)
    : m_impl(std::make_unique<Impl>())
    , m_feedName(std::move(feedName))
    , m_stories(storiesSubscription)
{ }

AlertMessageParser::~AlertMessageParser() = default;

AlertMessageParser::Result AlertMessageParser::parse(
    QByteArray &json, const QString &sqsMessageId, qint64 receivedMs, Event &out, QString &href, QString &error)
{
    const std::size_t length = std::size_t(json.size());
    json.reserve(json.size() + qsizetype(SIMDJSON_PADDING));
    dom::element root;
    const error_code parseError = m_impl->parser.parse(json.constData(), length, false).get(root);
    dom::object top;
    if (parseError || root.get_object().get(top)) {
        error = QStringLiteral("alert JSON is malformed: %1")
                    .arg(parseError ? QString::fromUtf8(error_message(parseError)) : QStringLiteral("not an object"));
        return Result::Error;
    }

    dom::element item;
    const bool hasItem = !root.at_pointer("/payload/newsMessage/itemSet/newsItem/0").get(item);
    const std::string_view stub = stringAt(root, "href");
    if (!hasItem && !stub.empty()) {
        href = QString::fromUtf8(stub.data(), qsizetype(stub.size()));
        return Result::ClaimCheck;
    }
    if (!hasItem) {
        error = QStringLiteral("alert has neither payload.newsMessage.itemSet.newsItem nor href");
        return Result::Error;
    }

    dom::element itemMeta;
    dom::element contentMeta;
    const bool hasItemMeta = !item["itemMeta"].get(itemMeta);
    const bool hasContentMeta = !item["contentMeta"].get(contentMeta);

    out = Event();
    out.feed = m_feedName;
    out.receivedMs = receivedMs;
    std::string_view key = stringAt(root, "ecpMessageID");
    if (key.empty())
        key = stringAt(item, "_guid");
    out.key = key.empty() ? sqsMessageId : QString::fromUtf8(key.data(), qsizetype(key.size()));

    std::string_view headline = hasContentMeta ? textMember(contentMeta, "headline") : std::string_view();
    if (headline.empty() && hasItemMeta)
        headline = textMember(itemMeta, "title");
    out.title = headline.empty() ? QByteArray("(no headline)") : bytes(headline);

    dom::element inline_;
    if (!item.at_pointer("/contentSet/inlineData").get(inline_))
        out.body = bytes(textOf(inline_));

    std::string_view when = hasItemMeta ? textMember(itemMeta, "versionCreated") : std::string_view();
    if (when.empty() && hasItemMeta)
        when = textMember(itemMeta, "firstCreated");
    if (when.empty())
        when = stringAt(root, "sourceTimestamp");
    out.timeMs = when.empty() ? 0 : qMax<qint64>(0, parseIsoUtcMs(when));

    if (hasContentMeta) {
        dom::element urgency;
        if (!contentMeta["urgency"].get(urgency)) {
            std::int64_t u = -1;
            if (!urgency["$"].get(u) || !urgency.get(u))
                out.urgency = int(u);
        }
        dom::array languages;
        if (!contentMeta["language"].get(languages))
            for (dom::element l : languages) {
                out.language = m_codes.get(stringAt(l, "_tag"));
                break;
            }
        dom::array sources;
        if (!contentMeta["infoSource"].get(sources))
            for (dom::element s : sources) {
                out.source = m_codes.get(stringAt(s, "_qcode"));
                break;
            }
        dom::array subjects;
        if (!contentMeta["subject"].get(subjects)) {
            out.tags.reserve(qsizetype(subjects.size()) + 2);
            for (dom::element s : subjects) {
                const std::string_view code = stringAt(s, "_qcode");
                if (code.empty())
                    continue;
                out.tags.append(m_codes.get(code));
            }
        }
    }
    if (!out.language.isEmpty())
        out.tags.append(m_languageTags.tag(out.language));
    if (!out.source.isEmpty())
        out.tags.append(m_providerTags.tag(out.source));
    // The subscription's content type decides the kind: a headline that carries a research subject code, or a
    // headline alert with a body, is still what the user subscribed to.
    out.kind = m_stories ? QStringLiteral("alert.story") : QStringLiteral("alert.headline");

    // attrs embeds the alert untouched but for its body text (see SourceJson), minified only when it spans lines, so
    // JSON Lines stay one line.
    std::string_view raw(json.constData(), length);
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r' || raw.back() == ' '))
        raw.remove_suffix(1);
    if (std::memchr(raw.data(), '\n', raw.size()) || std::memchr(raw.data(), '\r', raw.size())) {
        m_impl->minified.resize(raw.size());
        std::size_t newLength = 0;
        if (!minify(raw.data(), raw.size(), m_impl->minified.data(), newLength))
            raw = std::string_view(m_impl->minified.data(), newLength);
    }
    const QByteArray id = sqsMessageId.toUtf8();
    QByteArray attrs;
    attrs.reserve(qsizetype(raw.size()) + id.size() + 40);
    attrs.append("{\"sqsMessageId\":\"");
    JsonWriter::appendEscaped(attrs, id.constData(), id.size());
    attrs.append("\",\"alert\":");
    // The body is the Event's `body`; a second copy in attrs would double what is printed and stored.
    const QByteArrayView source(raw.data(), qsizetype(raw.size()));
    if (out.body.isEmpty())
        attrs.append(source);
    else if (!SourceJson::appendWithoutString(
                 attrs, source, "/payload/newsMessage/itemSet/newsItem/0/contentSet/inlineData/0/$")) {
        attrs.truncate(attrs.size() - source.size());
        SourceJson::appendWithoutString(
            attrs, source, "/payload/newsMessage/itemSet/newsItem/0/contentSet/inlineData/$");
    }
    attrs.append('}');
    out.attrs = std::move(attrs);
    return Result::Event;
}

} // namespace sb
