// The whole MRN decode path (frame JSON, base64, reassembly, bounded gunzip, story JSON) on arbitrary frames.
// Input: frames separated by newlines, so one input can carry several fragments of an item.
#include "feeds/mrn/mrn_frame_decoder.h"

#include <cstddef>
#include <cstdint>

namespace {

class NullOutput : public sb::DecodeOutput
{
public:
    void event(sb::Event &&e) override { n += e.title.size() + e.attrs.size(); }
    void error(sb::FeedError &&e) override { n += e.message.size(); }
    void control(QVariant &&) override { ++n; }
    qsizetype n = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    sb::MrnFrameDecoder::Options options;
    options.story.maxInflatedBytes = 1 << 20;
    options.assembler.maxItemBytes = 1 << 20;
    sb::MrnFrameDecoder decoder(QStringLiteral("fuzz"), options);
    NullOutput out;
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    qint64 now = 0;
    for (const QByteArray &line : all.split('\n')) {
        decoder.decode(sb::RawFrame::fromText(QString::fromUtf8(line), now), out);
        now += 1000;
    }
    decoder.tick(now + 120000, out);
    return 0;
}
