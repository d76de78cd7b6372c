#pragma once

#include "codec/event_json_reader.h"
#include "pipeline/frame_decoder.h"

#include <QMetaType>
#include <QStringList>

namespace sb {

// What a relayed feed last said on `sb.status.<feed>`, for the relay feed to show.
struct RelayedFeedStatus
{
    QString feed;
    QString state; // feedStateName(), or "Error" for an error object
    QString text; // the state text, or the error's message
};

// One JetStream message per frame: the binary is the message's data, `text` is "<stream sequence> <subject>". An
// event line becomes the Event it was on the relay (its own feed name and kind, so it lands in that feed's pane); a
// status object becomes a RelayedFeedStatus control message. Every message is acknowledged in order after it, so
// JetStream hears of it only once what came before is stored: a malformed line is reported naming the feed, counted,
// and acknowledged (skipped) so it never holds the stream up; a feed this desk did not ask for is skipped likewise.
class RelayEventDecoder : public FrameDecoder
{
public:
    // No feeds named: every relayed feed's lines are kept (a replay).
    explicit RelayEventDecoder(QString feedName, QStringList feeds = {}, qsizetype maxMessageBytes = 16 * 1024 * 1024);

    void decode(const RawFrame &frame, DecodeOutput &out) override;

    // The frame's context for a message; the decoder's acknowledgement token is the sequence (quint64).
    static QString context(quint64 sequence, const QByteArray &subject);

private:
    void decodeStatus(const QByteArray &data, const QString &relayedFeed, DecodeOutput &out, quint64 sequence);
    void malformed(DecodeOutput &out, quint64 sequence, const QString &subject, const QString &why);

    QString m_feedName;
    QStringList m_feeds;
    EventJsonReader m_reader;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::RelayedFeedStatus)
