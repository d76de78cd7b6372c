#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace sb {

// One WebSocket message (or HTTP body) as it arrived, before any parsing. Text frames arrive from QWebSocket as
// QString; converting them to UTF-8 is left to the decode worker so the io thread only moves bytes.
struct RawFrame
{
    // Reset and Barrier travel in order with the frames. Reset: a new connection makes partial state of the old one
    // stale. Barrier: the decode worker answers with a FrameBarrier control message once every earlier frame has been
    // decoded, so the io thread can act on a socket event (a close) only after what arrived before it.
    enum class Kind { Text, Binary, Reset, Barrier };

    Kind kind = Kind::Text;
    QString text;
    QByteArray binary;
    qint64 receivedMs = 0;
    quint64 barrierId = 0;
    // Set on a frame that carries key material (the alerts subscription's AES key). Such a frame travels in order
    // with the messages it opens, but a capture only notes where it was, never its bytes (CaptureWriter).
    bool keyMaterial = false;
    // Which of the feed's connections the bytes came from, for a feed with several (Salto: the hub's index), so that
    // what the decoder finds for a connection (a SignalR Close) goes back to that one. On a binary frame `text` is the
    // feed's context for the decoder (Salto's hub stream, an alert's tag).
    int channel = 0;

    static RawFrame fromText(QString text, qint64 receivedMs)
    {
        return {Kind::Text, std::move(text), {}, receivedMs, 0};
    }
    static RawFrame fromBinary(QByteArray data, qint64 receivedMs)
    {
        return {Kind::Binary, {}, std::move(data), receivedMs, 0};
    }
    static RawFrame resetMarker() { return {Kind::Reset, {}, {}, 0, 0}; }
    static RawFrame barrier(quint64 id) { return {Kind::Barrier, {}, {}, 0, id}; }
    bool isMarker() const { return kind == Kind::Reset || kind == Kind::Barrier; }
    qsizetype byteSize() const { return kind == Kind::Binary ? binary.size() : text.size() * 2; }
};

// The decode worker's answer to a Barrier frame.
struct FrameBarrier
{
    quint64 id = 0;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::FrameBarrier)
