// The pub/sub envelope parser and the pub/sub decoder on arbitrary bytes, as text and as binary frames.
#include "feeds/pubsub/pubsub_envelope.h"
#include "feeds/pubsub/pubsub_event_decoder.h"

#include <cstddef>
#include <cstdint>

namespace {

struct NullOutput : sb::DecodeOutput
{
    void event(sb::Event &&e) override { (void)e.toJsonLine(); }
    void error(sb::FeedError &&) override { }
    void control(QVariant &&) override { }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto envelope = sb::PubSubEnvelope::parse(bytes, false, nullptr, 1 << 20);
    if (envelope) {
        (void)envelope->kind();
        (void)envelope->messageId();
    }
    static sb::PubSubEventDecoder decoder(QStringLiteral("fuzz"));
    NullOutput out;
    decoder.decode(sb::RawFrame::fromText(QString::fromUtf8(bytes), 0), out);
    decoder.decode(sb::RawFrame::fromBinary(bytes, 0), out);
    return 0;
}
