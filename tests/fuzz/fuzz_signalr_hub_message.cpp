// The SignalR JSON hub protocol on arbitrary bytes: the record splitter (fed in two pieces), the handshake
// response parser, the hub message parser with a write-back round trip, and the Salto decoder.
#include "feeds/salto/salto_event_decoder.h"
#include "fuzz_decode_output.h"
#include "net/signalr/signalr_handshake.h"
#include "net/signalr/signalr_hub_message.h"
#include "net/signalr/signalr_record_splitter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString problem;
    (void)sb::SignalRHandshake::parseResponse(bytes, &problem, 1 << 16);
    sb::SignalRRecordSplitter splitter(1 << 16);
    QList<QByteArray> records;
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(std::uint8_t(bytes.at(0))) % (bytes.size() + 1);
    splitter.append(bytes.left(cut), records, &problem);
    splitter.append(bytes.mid(cut), records, &problem);
    records << bytes;
    for (const QByteArray &record : records) {
        const auto message = sb::SignalRHubMessage::parse(record, &problem, 1 << 20);
        if (message)
            (void)sb::SignalRHubMessage::parse(message->toJson(), nullptr, 1 << 21);
    }
    static sb::SaltoEventDecoder decoder(QStringLiteral("fuzz"));
    sb::fuzz::JsonLineOutput out;
    decoder.decode(sb::RawFrame::fromText(QString::fromUtf8(bytes), 0), out);
    return 0;
}
