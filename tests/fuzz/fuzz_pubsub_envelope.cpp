// The pub/sub envelope parser and the pub/sub decoder on arbitrary bytes, as text and as binary frames.
#include "feeds/pubsub/pubsub_envelope.h"
#include "feeds/pubsub/pubsub_event_decoder.h"
#include "fuzz_decode_output.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto envelope = sb::PubSubEnvelope::parse(bytes, false, nullptr, 1 << 20);
    if (envelope) {
        (void)envelope->kind();
        (void)envelope->messageId();
    }
    static sb::PubSubEventDecoder decoder(QStringLiteral("fuzz"));
    sb::fuzz::JsonLineOutput out;
    decoder.decode(sb::RawFrame::fromText(QString::fromUtf8(bytes), 0), out);
    decoder.decode(sb::RawFrame::fromBinary(bytes, 0), out);
    return 0;
}
