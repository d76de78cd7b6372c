// The graphql-transport-ws message parser and the OPERA decoder on arbitrary bytes.
#include "feeds/opera/opera_event_decoder.h"
#include "fuzz_decode_output.h"
#include "net/graphqlws/graphql_ws_message.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = sb::GraphqlWsMessage::parse(bytes, nullptr, 1 << 20);
    if (message)
        (void)sb::GraphqlWsMessage::parse(message->toJson(), nullptr, 1 << 21);
    static sb::OperaEventDecoder decoder(QStringLiteral("fuzz"));
    sb::fuzz::JsonLineOutput out;
    decoder.decode(sb::RawFrame::fromText(QString::fromUtf8(bytes), 0), out);
    return 0;
}
