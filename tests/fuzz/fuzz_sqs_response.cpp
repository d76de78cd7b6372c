// The SQS answer readers on arbitrary bytes: ReceiveMessage (JSON and Query XML), DeleteMessageBatch, SendMessage
// and the error shapes with an x-amzn-query-error header taken from the input.
#include "net/sqs/sqs_error.h"
#include "net/sqs/sqs_response_parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QVector<sb::SqsMessage> messages;
    QString error;
    int skipped = 0;
    (void)sb::SqsResponseParser::parseReceive(bytes, messages, &error, &skipped, 1 << 20);
    sb::SqsResponseParser::DeleteBatch batch;
    (void)sb::SqsResponseParser::parseDeleteBatch(bytes, batch, &error);
    QString id;
    QString md5;
    (void)sb::SqsResponseParser::parseSend(bytes, id, md5, &error);
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray header = newline > 0 ? bytes.left(newline) : QByteArray();
    const sb::SqsError e = sb::SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 400, bytes, header);
    (void)e.isAuthError();
    (void)e.retryable();
    (void)e.toString();
    return 0;
}
