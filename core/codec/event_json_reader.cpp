#include "event_json_reader.h"

#include "json_member_spans.h"

#include <QDateTime>

#include <simdjson.h>

namespace sb {

using namespace simdjson;

struct EventJsonReader::Parser
{
    dom::parser dom;
};

namespace {

bool stringMember(const dom::object &top, const char *key, bool required, QByteArray &out, QString &error)
{
    dom::element e;
    if (top.at_key(key).get(e)) {
        if (required)
            error = QStringLiteral("key \"%1\" is missing").arg(QLatin1String(key));
        return !required;
    }
    if (e.is_null() && !required)
        return true;
    std::string_view s;
    if (e.get_string().get(s)) {
        error = QStringLiteral("key \"%1\" must be a string").arg(QLatin1String(key));
        return false;
    }
    out = QByteArray(s.data(), qsizetype(s.size()));
    return true;
}

bool stringList(const dom::object &top, const char *key, QStringList &out, QString &error)
{
    dom::element e;
    if (top.at_key(key).get(e) || e.is_null())
        return true;
    dom::array a;
    if (e.get_array().get(a)) {
        error = QStringLiteral("key \"%1\" must be an array of strings").arg(QLatin1String(key));
        return false;
    }
    for (dom::element item : a) {
        std::string_view s;
        if (item.get_string().get(s)) {
            error = QStringLiteral("key \"%1\" must be an array of strings").arg(QLatin1String(key));
            return false;
        }
        out.append(QString::fromUtf8(s.data(), qsizetype(s.size())));
    }
    return true;
}

// EventJsonWriter writes yyyy-MM-ddTHH:mm:ss.zzzZ, or null for a time the service did not give.
bool timeMember(const dom::object &top, const char *key, qint64 &out, QString &error)
{
    QByteArray text;
    if (!stringMember(top, key, false, text, error))
        return false;
    if (text.isEmpty()) {
        out = 0;
        return true;
    }
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    if (!t.isValid()) {
        error = QStringLiteral("key \"%1\" is not an ISO 8601 time").arg(QLatin1String(key));
        return false;
    }
    out = t.toMSecsSinceEpoch();
    return true;
}

QString tagValue(const QStringList &tags, QLatin1String prefix)
{
    for (const QString &t : tags)
        if (t.startsWith(prefix))
            return t.mid(prefix.size());
    return QString();
}

} // namespace

EventJsonReader::EventJsonReader(qsizetype maxLineBytes)
    : m_parser(std::make_unique<Parser>())
    , m_maxLineBytes(maxLineBytes)
{ }

EventJsonReader::~EventJsonReader() = default;

bool EventJsonReader::read(QByteArray line, Event &out, QString &error)
{
    if (line.size() > m_maxLineBytes) {
        error = QStringLiteral("event line of %1 bytes is over the limit of %2").arg(line.size()).arg(m_maxLineBytes);
        return false;
    }
    const std::size_t length = std::size_t(line.size());
    line.reserve(line.size() + qsizetype(SIMDJSON_PADDING));
    dom::element root;
    dom::object top;
    const error_code parseError = m_parser->dom.parse(line.constData(), length, false).get(root);
    if (parseError || root.get_object().get(top)) {
        error = QStringLiteral("event line is not a JSON object: %1")
                    .arg(parseError ? QString::fromUtf8(error_message(parseError)) : QStringLiteral("not an object"));
        return false;
    }
    Event e;
    QByteArray feed, kind, key;
    if (!stringMember(top, "feed", true, feed, error) || !stringMember(top, "kind", true, kind, error)
        || !stringMember(top, "key", true, key, error) || !timeMember(top, "time", e.timeMs, error)
        || !timeMember(top, "received", e.receivedMs, error) || !stringMember(top, "title", false, e.title, error)
        || !stringMember(top, "body", false, e.body, error) || !stringList(top, "tags", e.tags, error)
        || !stringList(top, "rules", e.rules, error))
        return false;
    if (feed.isEmpty() || kind.isEmpty()) {
        error = QStringLiteral("keys \"feed\" and \"kind\" must not be empty");
        return false;
    }
    e.feed = QString::fromUtf8(feed);
    e.kind = QString::fromUtf8(kind);
    e.key = QString::fromUtf8(key);
    dom::element urgency;
    if (!top.at_key("urgency").get(urgency) && !urgency.is_null()) {
        int64_t u = 0;
        if (urgency.get_int64().get(u) || u < 0 || u > 1000) {
            error = QStringLiteral("key \"urgency\" must be a small whole number or null");
            return false;
        }
        e.urgency = int(u);
    }
    const std::string_view attrsKey = "attrs";
    JsonMemberSpans::Span attrs;
    JsonMemberSpans::locate(m_parser->dom, std::string_view(line.constData(), length), &attrsKey, &attrs, 1);
    if (attrs.found) {
        dom::element a;
        if (top.at_key("attrs").get(a) || !a.is_object()) {
            error = QStringLiteral("key \"attrs\" must be an object");
            return false;
        }
        e.attrs = QByteArray(line.constData() + attrs.begin, qsizetype(attrs.end - attrs.begin));
        if (e.attrs == "{}")
            e.attrs.clear();
    }
    e.language = tagValue(e.tags, QLatin1String("lang:"));
    for (const char *prefix : {"provider:", "site:", "hotel:", "topic:"}) {
        e.source = tagValue(e.tags, QLatin1String(prefix));
        if (!e.source.isEmpty())
            break;
    }
    out = std::move(e);
    return true;
}

} // namespace sb
