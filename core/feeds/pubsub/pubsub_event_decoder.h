#pragma once

#include "feeds/pubsub/pubsub_envelope.h"
#include "pipeline/frame_decoder.h"

namespace sb {

// The pub/sub feed's frame decoder (decode thread). Every envelope that carries something for the user becomes an
// Event: `topic.message` (broadcast, custom types, secure/inbound messages, replies), `topic.presence`
// (connected/disconnected) and `topic.ack`. The session's own business goes back as control messages: the welcome,
// subscription confirmations, and acks and replies (matched there against waiting commands). Malformed frames are
// a decode error; the session keeps running. Tags: "topic:…", "type:…" (the envelope's message type), "subject:…"
// (the publisher's token subject, when the server names it), and "status:…" for presence.
//
// Event keys name the delivery, not the publisher's message, so that no publisher can overwrite a stored event:
//   msg:<topic>:<publisher connection id>:<data.id>:<session connection id>:<received ms>:<sequence>
//   reply:<topic>:<publisher connection id>:<reply's own data.id>:<session>:<received ms>:<sequence>
//   ack:<acknowledged id>:<session>:<received ms>:<sequence>
//   presence:<connection id>:<status>:<session>:<received ms>:<sequence>
// with ':' and '%' in a field percent-encoded and publisher-chosen fields cut to 64 characters. The ids stay whole
// in attrs: "messageId", and for replies "correlationId" (the request answered).
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
    // Not cleared by reset(): frames between a reconnect and its welcome have no session id, and the count alone
    // keeps their keys apart from those of the previous connection.
    quint64 m_sequence = 0;
};

} // namespace sb
