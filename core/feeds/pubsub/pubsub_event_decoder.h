#pragma once

#include "feeds/pubsub/pubsub_envelope.h"
#include "pipeline/frame_decoder.h"

namespace sb {

// The pub/sub feed's frame decoder (decode thread). Every envelope that carries something for the user becomes an
// Event: `topic.message` (broadcast, custom types, secure/inbound messages, replies), `topic.presence`
// (connected/disconnected) and `topic.ack`. The session's own business goes back as control messages: the welcome,
// subscription confirmations, and acks and replies (matched there against waiting commands). Malformed frames are
// a decode error; the session keeps running.
class PubSubEventDecoder : public FrameDecoder
{
public:
    struct Options
    {
        qsizetype maxMessageBytes = PubSubEnvelope::DefaultMaxBytes;
        int maxBodyBytes = 4096; // of the payload shown as the event's body
    };

    explicit PubSubEventDecoder(QString feedName);
    PubSubEventDecoder(QString feedName, const Options &options);

    void decode(const RawFrame &frame, DecodeOutput &out) override;
    void reset() override { m_connectionId.clear(); }

private:
    void emitEvent(const PubSubEnvelope &envelope, qint64 receivedMs, DecodeOutput &out);

    QString m_feed;
    Options m_options;
    QString m_connectionId;
    quint64 m_sequence = 0;
};

} // namespace sb
