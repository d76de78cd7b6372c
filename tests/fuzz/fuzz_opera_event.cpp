// The OPERA decoder on arbitrary OHIP events: the bytes as a whole graphql-transport-ws frame, and as the
// `newEvent` of a `next` frame, so that mutations reach the event's fields (offset, timestamp, detail) without having
// to keep the envelope intact. Every Event that comes out is written as a JSON Line, as the CLI would.
#include "feeds/opera/opera_event_decoder.h"
#include "fuzz_decode_output.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A fresh decoder per input: its duplicate window must not make a crash depend on earlier inputs.
    sb::OperaEventDecoder decoder(QStringLiteral("fuzz"));
    sb::fuzz::JsonLineOutput out;
    decoder.decode(sb::RawFrame::fromBinary(bytes, 1795000000000), out);
    const QByteArray next = QByteArray(R"({"id":"s1","type":"next","payload":{"data":{"newEvent":)") + bytes + "}}}";
    decoder.decode(sb::RawFrame::fromBinary(next, 1795000000000), out);
    return 0;
}
