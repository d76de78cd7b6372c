#pragma once

#include "feeds/alerts/alert_frame.h"
#include "feeds/alerts/alert_message_parser.h"
#include "pipeline/frame_decoder.h"

#include <QSet>

#include <deque>
#include <memory>

namespace sb {

class AesGcmDecryptor;

// The alerts feed's frame decoder (decode thread): opens each sealed SQS body with the subscription's key
// (AES-256-GCM), parses the alert and emits its Event once; for every message it tells the feed what to do with
// it (AlertOutcome): delete once its event is durable (the event carries an AlertReceipt acknowledgement), delete a
// duplicate, fetch a claim check, or quarantine. Duplicates are recognised by SQS MessageId and by the alert's key
// (ecpMessageID) over a bounded window; an alert the sink failed to store is forgotten again (AlertFrame::forget).
class AlertDecoder : public FrameDecoder
{
public:
    struct Options
    {
        bool storiesSubscription = false;
        qsizetype maxBodyBytes = 1024 * 1024; // a sealed SQS body (base64)
        qsizetype maxMessageBytes = 16 * 1024 * 1024; // an alert's JSON, claim checks included
        int dedupeWindow = 50000;
    };

    explicit AlertDecoder(QString feedName);
    AlertDecoder(QString feedName, const Options &options);
    ~AlertDecoder() override;

    void decode(const RawFrame &frame, DecodeOutput &out) override;

private:
    void decodeMessage(
        const QString &messageId, QByteArray json, const QByteArray &raw, qint64 receivedMs, DecodeOutput &out);
    void quarantine(const QString &messageId, const QByteArray &raw, const QString &code, const QString &message,
        DecodeOutput &out);
    bool seen(const QString &id) const { return m_seen.contains(id); }
    void remember(const QString &id);
    void forget(const QString &id) { m_seen.remove(id); }

    QString m_feed;
    Options m_options;
    std::unique_ptr<AesGcmDecryptor> m_decryptor;
    AlertMessageParser m_parser;
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
};

} // namespace sb
