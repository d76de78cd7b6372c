// The graphql-transport-ws message parser and the OPERA decoder on arbitrary bytes.
#include "feeds/opera/opera_event_decoder.h"
#include "net/graphqlws/graphql_ws_message.h"

#include <cstddef>
#include <cstdint>

namespace {

struct NullOutput : sb::DecodeOutput
{
    void event(sb::Event &&) override { }
    void error(sb::FeedError &&) override { }
    void control(QVariant &&) override { }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = sb::GraphqlWsMessage::parse(bytes, nullptr, 1 << 20);
    if (message)
        (void)sb::GraphqlWsMessage::parse(message->toJson(), nullptr, 1 << 21);
    static sb::OperaEventDecoder decoder(QStringLiteral("fuzz"));
    NullOutput out;
    decoder.decode(sb::RawFrame::fromText(QString::fromUtf8(bytes), 0), out);
    return 0;
}
