#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

// One WebSocket message (or HTTP body) as it arrived, before any parsing. Text frames arrive from QWebSocket as
// QString; converting them to UTF-8 is left to the decode worker so the io thread only moves bytes.
struct RawFrame
{
    // Reset travels in order with the frames: a new connection makes partial state of the old one stale.
    enum class Kind { Text, Binary, Reset };

    Kind kind = Kind::Text;
    QString text;
    QByteArray binary;
    qint64 receivedMs = 0;

    static RawFrame fromText(QString text, qint64 receivedMs) { return {Kind::Text, std::move(text), {}, receivedMs}; }
    static RawFrame fromBinary(QByteArray data, qint64 receivedMs) { return {Kind::Binary, {}, std::move(data), receivedMs}; }
    static RawFrame resetMarker() { return {Kind::Reset, {}, {}, 0}; }
    qsizetype byteSize() const { return kind == Kind::Binary ? binary.size() : text.size() * 2; }
};

} // namespace sb
