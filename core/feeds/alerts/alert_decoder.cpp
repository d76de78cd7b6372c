#include "alert_decoder.h"

#include "codec/aes_gcm_decryptor.h"

namespace sb {

AlertDecoder::AlertDecoder(QString feedName)
    : AlertDecoder(std::move(feedName), Options {})
{ }

AlertDecoder::AlertDecoder(QString feedName, const Options &options)
    : m_feed(std::move(feedName))
    , m_options(options)
    , m_parser(m_feed, options.storiesSubscription)
{ }

AlertDecoder::~AlertDecoder() = default;

void AlertDecoder::remember(const QString &id)
{
    if (id.isEmpty() || m_seen.contains(id))
        return;
    if (int(m_seenOrder.size()) >= m_options.dedupeWindow) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    m_seen.insert(id);
    m_seenOrder.push_back(id);
}

void AlertDecoder::quarantine(
    const QString &messageId, const QByteArray &raw, const QString &code, const QString &message, DecodeOutput &out)
{
    out.error(FeedError {m_feed, FeedError::Stage::Decode, code,
        QStringLiteral("SQS message %1: %2; kept in quarantine").arg(messageId, message), false, 0});
    AlertOutcome outcome;
    outcome.kind = AlertOutcome::Kind::Quarantine;
    outcome.messageId = messageId;
    outcome.raw = raw;
    outcome.error = QStringLiteral("%1: %2").arg(code, message);
    out.control(QVariant::fromValue(outcome));
}

void AlertDecoder::decode(const RawFrame &frame, DecodeOutput &out)
{
    const AlertFrame alert = AlertFrame::read(frame);
    switch (alert.kind) {
    case AlertFrame::Kind::Key:
        if (frame.keyMaterial && alert.payload.isEmpty()) {
            // A replayed capture: the key was withheld when it was recorded (CaptureWriter), and without it no
            // message sealed after this point can be opened.
            m_decryptor.reset();
            out.error(FeedError {m_feed, FeedError::Stage::Decode, QStringLiteral("key_not_recorded"),
                QStringLiteral("the capture does not hold the subscription's key (key material is never recorded); "
                               "the sealed messages that follow cannot be opened, claim-check bodies still can"),
                false, 0});
            return;
        }
        m_decryptor = AesGcmDecryptor::fromBase64Key(QString::fromLatin1(alert.payload));
        m_decryptor->setMaxBodyBytes(m_options.maxBodyBytes);
        if (!m_decryptor->hasValidKey())
            out.error(FeedError {m_feed, FeedError::Stage::Subscribe, QStringLiteral("bad_key"),
                QStringLiteral("the subscription's cryptographyKey is not 32 bytes of base64"), false, 0});
        return;
    case AlertFrame::Kind::Invalid:
        out.error(FeedError {m_feed, FeedError::Stage::Decode, QStringLiteral("alerts_frame"),
            QStringLiteral("a frame that is not an alerts message reached the alerts decoder"), false, 0});
        return;
    case AlertFrame::Kind::Forget:
        forget(alert.messageId);
        forget(QString::fromUtf8(alert.payload));
        return;
    case AlertFrame::Kind::Plain:
        decodeMessage(alert.messageId, alert.payload, alert.payload, frame.receivedMs, out);
        return;
    case AlertFrame::Kind::Sealed:
        break;
    }

    if (seen(alert.messageId)) {
        // A redelivery of a message already shown; it only needs deleting.
        out.duplicate();
        AlertOutcome outcome;
        outcome.kind = AlertOutcome::Kind::Duplicate;
        outcome.messageId = alert.messageId;
        out.control(QVariant::fromValue(outcome));
        return;
    }
    if (!m_decryptor) {
        quarantine(alert.messageId, alert.payload, QStringLiteral("no_key"),
            QStringLiteral("no subscription key to decrypt with"), out);
        return;
    }
    AesGcmDecryptor::Result opened = m_decryptor->decryptBody(alert.payload);
    if (!opened.ok()) {
        quarantine(alert.messageId, alert.payload, AesGcmDecryptor::statusText(opened.status), opened.error, out);
        return;
    }
    decodeMessage(alert.messageId, std::move(opened.plaintext), alert.payload, frame.receivedMs, out);
}

void AlertDecoder::decodeMessage(
    const QString &messageId, QByteArray json, const QByteArray &raw, qint64 receivedMs, DecodeOutput &out)
{
    if (json.size() > m_options.maxMessageBytes) {
        quarantine(messageId, raw.left(m_options.maxBodyBytes), QStringLiteral("alert_too_large"),
            QStringLiteral("the alert is %1 bytes, above the limit").arg(json.size()), out);
        return;
    }
    Event event;
    QString href;
    QString error;
    switch (m_parser.parse(json, messageId, receivedMs, event, href, error)) {
    case AlertMessageParser::Result::Error:
        quarantine(messageId, raw, QStringLiteral("alert_json"), error, out);
        return;
    case AlertMessageParser::Result::ClaimCheck: {
        AlertOutcome outcome;
        outcome.kind = AlertOutcome::Kind::ClaimCheck;
        outcome.messageId = messageId;
        outcome.href = href;
        out.control(QVariant::fromValue(outcome));
        return;
    }
    case AlertMessageParser::Result::Event:
        break;
    }
    AlertOutcome outcome;
    outcome.messageId = messageId;
    if (seen(event.key)) {
        // The same alert in another SQS message (same ecpMessageID): shown once, deleted again.
        remember(messageId);
        out.duplicate();
        outcome.kind = AlertOutcome::Kind::Duplicate;
        out.control(QVariant::fromValue(outcome));
        return;
    }
    remember(messageId);
    remember(event.key);
    outcome.kind = AlertOutcome::Kind::Decoded;
    out.control(QVariant::fromValue(outcome));
    const QString key = event.key;
    out.event(std::move(event));
    out.acknowledge(QVariant::fromValue(AlertReceipt {messageId, key}));
}

} // namespace sb
