#include "relay_event_decoder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {
const QLatin1String kStatusPrefix("sb.status.");
}

RelayEventDecoder::RelayEventDecoder(QString feedName, QStringList feeds, qsizetype maxMessageBytes)
    : m_feedName(std::move(feedName))
    , m_feeds(std::move(feeds))
    , m_reader(maxMessageBytes)
{ }

QString RelayEventDecoder::context(quint64 sequence, const QByteArray &subject)
{
    return QString::number(sequence) + QLatin1Char(' ') + QString::fromUtf8(subject);
}

void RelayEventDecoder::decode(const RawFrame &frame, DecodeOutput &out)
{
    if (frame.kind != RawFrame::Kind::Binary)
        return;
    const qsizetype space = frame.text.indexOf(QLatin1Char(' '));
    bool ok = false;
    const quint64 sequence = frame.text.left(space).toULongLong(&ok);
    if (space < 0 || !ok)
        return; // not a relay message; the feed makes every frame with context()
    const QString subject = frame.text.mid(space + 1);
    if (subject.startsWith(kStatusPrefix)) {
        decodeStatus(frame.binary, subject.mid(kStatusPrefix.size()), out, sequence);
        return;
    }
    Event e;
    QString why;
    if (!m_reader.read(frame.binary, e, why)) {
        malformed(out, sequence, subject, why);
        return;
    }
    if (m_feeds.isEmpty() || m_feeds.contains(e.feed))
        out.event(std::move(e));
    out.acknowledge(QVariant::fromValue(sequence));
}

void RelayEventDecoder::decodeStatus(
    const QByteArray &data, const QString &relayedFeed, DecodeOutput &out, quint64 sequence)
{
    if (!m_feeds.isEmpty() && !m_feeds.contains(relayedFeed)) {
        out.acknowledge(QVariant::fromValue(sequence));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject o = doc.object();
    const QString type = o.value(QLatin1String("type")).toString();
    if (parseError.error != QJsonParseError::NoError
        || (type != QLatin1String("state") && type != QLatin1String("error"))) {
        malformed(out, sequence, kStatusPrefix + relayedFeed, QStringLiteral("not a state or error object"));
        return;
    }
    RelayedFeedStatus status;
    status.feed = relayedFeed;
    if (type == QLatin1String("state")) {
        status.state = o.value(QLatin1String("state")).toString();
        status.text = o.value(QLatin1String("text")).toString();
    } else {
        status.state = QStringLiteral("Error");
        status.text = o.value(QLatin1String("message")).toString();
    }
    out.control(QVariant::fromValue(status));
    out.acknowledge(QVariant::fromValue(sequence));
}

void RelayEventDecoder::malformed(DecodeOutput &out, quint64 sequence, const QString &subject, const QString &why)
{
    FeedError error;
    error.feed = m_feedName;
    error.stage = FeedError::Stage::Decode;
    error.code = QStringLiteral("relay_bad_message");
    error.message = QStringLiteral("relayed message %1 on %2 skipped: %3").arg(sequence).arg(subject, why);
    error.retryable = true;
    out.error(std::move(error));
    out.acknowledge(QVariant::fromValue(sequence));
}

} // namespace sb
