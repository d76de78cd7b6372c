#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb {

// Splits the SignalR JSON hub protocol's byte stream into records: each record is one JSON text ending with the
// record separator 0x1E (HubProtocol.md "JSON Encoding"). A WebSocket frame may hold several records, and a record
// may be split across frames, so the bytes after the last separator are kept for the next frame. The kept bytes are
// bounded: a peer that never sends a separator cannot make us buffer without end.
class SignalRRecordSplitter
{
public:
    static constexpr char Separator = 0x1E;
    static constexpr qsizetype DefaultMaxRecordBytes = 1024 * 1024;

    explicit SignalRRecordSplitter(qsizetype maxRecordBytes = DefaultMaxRecordBytes)
        : m_maxRecordBytes(maxRecordBytes)
    { }

    // Appends `bytes` and returns the records completed by them, without their separators. Empty records (two
    // separators in a row) are skipped. Returns false, with a message in `error`, when an unfinished record grows past
    // the bound or a finished one is larger than it; the buffer is then cleared and the records found before the
    // problem are still in `records`.
    bool append(const QByteArray &bytes, QList<QByteArray> &records, QString *error = nullptr);

    // Bytes of an unfinished record held back.
    qsizetype pendingBytes() const { return m_pending.size(); }
    void clear() { m_pending.clear(); }

    // One record with its separator, ready to send.
    static QByteArray frame(const QByteArray &json) { return json + Separator; }

private:
    qsizetype m_maxRecordBytes;
    QByteArray m_pending;
};

} // namespace sb
