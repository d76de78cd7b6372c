#include "sqs_error.h"

#include "net/secret_redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace sb {
namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024;
constexpr qsizetype kMaxMessage = 500;

bool codeIs(const QString &code, const char *name)
{
    return code.contains(QLatin1String(name), Qt::CaseInsensitive);
}

// <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>; also the bare <Error> form
// S3-style services use.
bool parseXmlError(const QByteArray &body, SqsError &e)
{
    QXmlStreamReader xml(body);
    bool sawError = false;
    QString parent;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("Error")) {
            sawError = true;
        } else if (name == QLatin1String("Code") && sawError) {
            e.code = xml.readElementText().trimmed();
        } else if (name == QLatin1String("Message") && sawError) {
            e.message = xml.readElementText().trimmed();
        } else if (name == QLatin1String("Type") && sawError) {
            e.senderFault = xml.readElementText().trimmed() != QLatin1String("Receiver");
        } else if (name == QLatin1String("RequestId")) {
            e.requestId = xml.readElementText().trimmed();
        }
    }
    return sawError && !e.code.isEmpty();
}

bool parseJsonError(const QByteArray &body, SqsError &e)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    QString type = o.value(QStringLiteral("__type")).toString();
    if (type.isEmpty())
        type = o.value(QStringLiteral("code")).toString();
    const qsizetype hash = type.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0)
        type = type.mid(hash + 1);
    e.code = type;
    e.message = o.value(QStringLiteral("message")).toString();
    if (e.message.isEmpty())
        e.message = o.value(QStringLiteral("Message")).toString();
    return !e.code.isEmpty() || !e.message.isEmpty();
}

} // namespace

bool SqsError::isAuthError() const
{
    return httpStatus == 403 || codeIs(code, "ExpiredToken") || codeIs(code, "InvalidClientTokenId")
        || codeIs(code, "UnrecognizedClient") || codeIs(code, "SignatureDoesNotMatch")
        || codeIs(code, "InvalidSignature") || codeIs(code, "MissingAuthenticationToken")
        || codeIs(code, "IncompleteSignature");
}

bool SqsError::isClockSkew() const
{
    return codeIs(code, "RequestExpired") || codeIs(code, "RequestTimeTooSkewed")
        || message.startsWith(QLatin1String("Signature expired"))
        || message.startsWith(QLatin1String("Signature not yet current"));
}

bool SqsError::retryable() const
{
    if (httpStatus == 0)
        return code != QLatin1String("bad_request");
    if (httpStatus >= 500 || httpStatus == 429)
        return true;
    return codeIs(code, "Throttl") || codeIs(code, "RequestThrottled") || codeIs(code, "ServiceUnavailable")
        || codeIs(code, "InternalError") || codeIs(code, "InternalFailure") || codeIs(code, "KmsThrottled")
        || codeIs(code, "OverLimit");
}

QString SqsError::toString() const
{
    QString out = operation.isEmpty() ? QString() : operation + QStringLiteral(": ");
    if (httpStatus > 0)
        out += QStringLiteral("HTTP %1 ").arg(httpStatus);
    out += code;
    if (!message.isEmpty())
        out += QStringLiteral(": ") + message;
    return out;
}

SqsError SqsError::fromResponse(const QString &operation, int httpStatus, const QByteArray &body,
    const QByteArray &queryErrorHeader, const QByteArray &requestIdHeader)
{
    SqsError e;
    e.operation = operation;
    e.httpStatus = httpStatus;
    e.requestId = QString::fromLatin1(requestIdHeader.left(128));
    const QByteArray bounded = body.left(kMaxErrorBody);
    const QByteArray trimmed = bounded.trimmed();
    bool parsed = false;
    if (trimmed.startsWith('{'))
        parsed = parseJsonError(trimmed, e);
    else if (trimmed.startsWith('<'))
        parsed = parseXmlError(trimmed, e);
    // x-amzn-query-error: "<legacy code>;Sender|Receiver" names the code Query clients know (reference §8).
    if (!queryErrorHeader.isEmpty()) {
        const QList<QByteArray> parts = queryErrorHeader.split(';');
        const QString legacy = QString::fromLatin1(parts.value(0).trimmed().left(128));
        if (!legacy.isEmpty())
            e.code = legacy;
        if (parts.size() > 1)
            e.senderFault = parts.value(1).trimmed() != "Receiver";
        parsed = true;
    }
    if (!parsed || e.code.isEmpty()) {
        if (e.code.isEmpty())
            e.code = QStringLiteral("http_%1").arg(httpStatus);
        if (e.message.isEmpty())
            e.message = QString::fromUtf8(trimmed.left(200)).simplified();
    }
    if (httpStatus >= 500)
        e.senderFault = false;
    e.message = SecretRedactor::redactText(e.message.left(kMaxMessage));
    return e;
}

SqsError SqsError::transport(const QString &operation, const QString &code, const QString &message)
{
    SqsError e;
    e.operation = operation;
    e.code = code;
    e.message = message;
    e.senderFault = false;
    return e;
}

} // namespace sb
