#include "salto_event_decoder.h"

#include "codec/iso_time.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

namespace {

const QString kEntry = QStringLiteral("door.entry");
constexpr char kRecordSeparator = 0x1E;
const QString kIncident = QStringLiteral("door.incident");

// The first non-empty string among `keys`: Salto's message JSON is unpublished, so common spellings are accepted.
QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInteger());
    }
    return QString();
}

qint64 parseTime(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QByteArray utf8 = text.toUtf8();
    return parseIsoUtcMs(std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace

SaltoEventDecoder::SaltoEventDecoder(QString feedName)
    : SaltoEventDecoder(std::move(feedName), Options())
{ }

SaltoEventDecoder::SaltoEventDecoder(QString feedName, const Options &options)
    : m_feed(std::move(feedName))
    , m_options(options)
{ }

RawFrame SaltoEventDecoder::frame(const QString &stream, QByteArray record, qint64 receivedMs, int hub)
{
    RawFrame frame = RawFrame::fromBinary(std::move(record), receivedMs);
    frame.text = stream;
    frame.channel = hub;
    return frame;
}

int SaltoEventDecoder::urgencyOf(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == QLatin1String("critical"))
        return 1;
    if (s == QLatin1String("high"))
        return 2;
    if (s == QLatin1String("medium"))
        return 3;
    if (s == QLatin1String("low"))
        return 4;
    return -1;
}

void SaltoEventDecoder::error(DecodeOutput &out, const QString &code, const QString &message)
{
    out.error(FeedError {m_feed, FeedError::Stage::Decode, code, message, true, 0});
}

void SaltoEventDecoder::decode(const RawFrame &frame, DecodeOutput &out)
{
    if (frame.isMarker())
        return;
    QString stream;
    QByteArray record;
    if (frame.kind == RawFrame::Kind::Binary) {
        stream = frame.text;
        record = frame.binary;
    } else {
        // A capture made before records travelled as binary frames: "<stream>" 0x1E <record> as text.
        record = frame.text.toUtf8();
        const qsizetype tag = record.indexOf(kRecordSeparator);
        if (tag >= 0 && tag <= 16) {
            stream = QString::fromUtf8(record.left(tag));
            record.remove(0, tag + 1);
        }
        if (record.endsWith(kRecordSeparator))
            record.chop(1);
    }
    QString problem;
    std::optional<SignalRHubMessage> message = SignalRHubMessage::parse(record, &problem, m_options.maxMessageBytes);
    if (!message) {
        // Skipped rather than fatal: one bad record from a server should not lose the stream.
        error(out, QStringLiteral("bad_record"), stream.isEmpty() ? problem : stream + QStringLiteral(": ") + problem);
        return;
    }
    if (message->type == SignalRHubMessage::Type::Ping || message->type == SignalRHubMessage::Type::Close) {
        out.control(QVariant::fromValue(SaltoHubControl {frame.channel, std::move(*message)}));
        return;
    }
    if (message->type != SignalRHubMessage::Type::Invocation)
        return;
    if (message->target.compare(QLatin1String("ReceiveMessage"), Qt::CaseInsensitive) != 0) {
        error(out, QStringLiteral("unknown_target"),
            QStringLiteral("server invoked \"%1\"; only ReceiveMessage is known").arg(message->target.left(60)));
        return;
    }
    if (message->arguments.isEmpty()) {
        error(out, QStringLiteral("bad_event"), QStringLiteral("ReceiveMessage without arguments"));
        return;
    }
    for (const QJsonValue &argument : message->arguments)
        decodeMessage(stream, argument, frame.receivedMs, out);
}

void SaltoEventDecoder::decodeMessage(
    const QString &stream, const QJsonValue &argument, qint64 receivedMs, DecodeOutput &out)
{
    QJsonObject o;
    QByteArray raw;
    if (argument.isObject()) {
        o = argument.toObject();
        raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else if (argument.isString()) {
        // Salto's samples pass the message as one JSON string.
        raw = argument.toString().toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
            o = doc.object();
            raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            // Not JSON: kept as text so nothing is lost.
            o.insert(QStringLiteral("message"), argument.toString());
            raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
    } else {
        error(out, QStringLiteral("bad_event"),
            QStringLiteral("ReceiveMessage argument is neither a string nor an object"));
        return;
    }

    QString key = firstString(o, {"id", "event_id", "eventId", "Id", "EventId"});
    if (key.isEmpty())
        key = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex());
    if (!remember(key)) {
        out.duplicate();
        return;
    }
    const QString incidentType = firstString(o, {"incident_type", "incidentType", "type"});
    const QString severity = firstString(o, {"severity", "Severity"});
    const bool incident = stream == QLatin1String("incidents")
        || (stream.isEmpty() && (!incidentType.isEmpty() || !severity.isEmpty()));
    const QString site = firstString(o, {"site_name", "siteName", "site_id", "siteId"});
    const QString door
        = firstString(o, {"lock_name", "lockName", "door_name", "doorName", "access_point_name", "lock_id"});
    const QString user = firstString(o, {"user_name", "userName", "user_id", "userId"});
    const QString action = incident ? incidentType : firstString(o, {"action", "event_type", "eventType", "result"});

    Event e;
    e.feed = m_feed;
    e.kind = incident ? kIncident : kEntry;
    e.key = key;
    e.receivedMs = receivedMs;
    e.timeMs = parseTime(firstString(o, {"date", "timestamp", "utc_date", "time", "created_at"}));
    if (e.timeMs <= 0)
        e.timeMs = receivedMs;
    QStringList titleParts;
    for (const QString &part : {action, door, user})
        if (!part.isEmpty())
            titleParts << part;
    e.title = titleParts.join(QStringLiteral(" · ")).toUtf8();
    e.body = firstString(o, {"description", "message", "result"}).toUtf8();
    e.urgency = incident ? urgencyOf(severity) : -1;
    e.source = site;
    // Entry or incident is the kind (`kind:door.incident`); the tags name what a query picks events by. Door and
    // user names keep their spaces (`door:"Main entrance"`); severity is the word the pane shows, lower case.
    if (!site.isEmpty())
        e.tags << QStringLiteral("site:") + site;
    if (!door.isEmpty())
        e.tags << QStringLiteral("door:") + door;
    if (!user.isEmpty())
        e.tags << QStringLiteral("user:") + user;
    if (!action.isEmpty())
        e.tags << QStringLiteral("event:") + action;
    if (!severity.isEmpty())
        e.tags << QStringLiteral("severity:") + severity.toLower();
    // The feed's status names a site by the id it subscribed with; the pane learns the name people know from here.
    const QString siteId = firstString(o, {"site_id", "siteId"});
    if (!siteId.isEmpty() && siteId != site)
        e.tags << QStringLiteral("site_id:") + siteId;
    e.attrs = std::move(raw);
    out.event(std::move(e));
}

bool SaltoEventDecoder::remember(const QString &key)
{
    if (m_seen.contains(key))
        return false;
    m_seen.insert(key);
    m_seenOrder.enqueue(key);
    while (m_seenOrder.size() > m_options.dedupeWindow)
        m_seen.remove(m_seenOrder.dequeue());
    return true;
}

} // namespace sb
