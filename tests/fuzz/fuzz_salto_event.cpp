// The Salto decoder on arbitrary input: the bytes as a whole "<stream>" 0x1E <SignalR record> frame, and as the
// message of a ReceiveMessage invocation, both as the object argument and as the JSON string Salto's samples send.
// Every Event that comes out is written as a JSON Line, as the CLI would.
#include "feeds/salto/salto_event_decoder.h"
#include "fuzz_decode_output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sb::SaltoEventDecoder decoder(QStringLiteral("fuzz"));
    sb::fuzz::JsonLineOutput out;
    decoder.decode(sb::RawFrame::fromBinary(bytes, 1795000000000), out);
    const QByteArray asObject = QByteArray(R"({"type":1,"target":"ReceiveMessage","arguments":[)") + bytes + "]}";
    decoder.decode(sb::SaltoEventDecoder::frame(QStringLiteral("incidents"), asObject, 1795000000000), out);
    QJsonObject invocation;
    invocation.insert(QStringLiteral("type"), 1);
    invocation.insert(QStringLiteral("target"), QStringLiteral("ReceiveMessage"));
    invocation.insert(QStringLiteral("arguments"), QJsonArray {QString::fromUtf8(bytes)});
    decoder.decode(sb::SaltoEventDecoder::frame(QStringLiteral("entries"),
                       QJsonDocument(invocation).toJson(QJsonDocument::Compact), 1795000000000),
        out);
    return 0;
}
