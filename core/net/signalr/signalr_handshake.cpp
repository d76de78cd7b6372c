#include "signalr_handshake.h"

#include "signalr_record_splitter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sb {

namespace {

// The first record of `bytes` as a JSON object; std::nullopt with `problem` empty when it is not complete yet.
std::optional<QJsonObject> firstRecord(
    const QByteArray &bytes, qsizetype maxBytes, QByteArray &remainder, QString *problem)
{
    if (problem)
        problem->clear();
    const qsizetype end = bytes.indexOf(SignalRRecordSplitter::Separator);
    if (end < 0) {
        if (bytes.size() > maxBytes && problem)
            *problem = QStringLiteral("handshake of more than %1 bytes without a record separator").arg(maxBytes);
        return std::nullopt;
    }
    if (end > maxBytes) {
        if (problem)
            *problem = QStringLiteral("handshake of %1 bytes exceeds the limit of %2").arg(end).arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.left(end), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problem)
            *problem = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("handshake is not JSON: %1").arg(parseError.errorString())
                : QStringLiteral("handshake is not a JSON object");
        return std::nullopt;
    }
    remainder = bytes.mid(end + 1);
    return doc.object();
}

} // namespace

QByteArray SignalRHandshake::request(const QString &protocol, int version)
{
    QJsonObject o;
    o.insert(QStringLiteral("protocol"), protocol);
    o.insert(QStringLiteral("version"), version);
    return SignalRRecordSplitter::frame(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray SignalRHandshake::response(const QString &error)
{
    QJsonObject o;
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return SignalRRecordSplitter::frame(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SignalRHandshake::Response> SignalRHandshake::parseResponse(
    const QByteArray &bytes, QString *problem, qsizetype maxBytes)
{
    Response r;
    const std::optional<QJsonObject> o = firstRecord(bytes, maxBytes, r.remainder, problem);
    if (!o)
        return std::nullopt;
    if (o->contains(QStringLiteral("type"))) {
        if (problem)
            *problem = QStringLiteral("Expected a handshake response from the server.");
        return std::nullopt;
    }
    const QJsonValue error = o->value(QStringLiteral("error"));
    if (error.isString())
        r.error = error.toString().isEmpty() ? QStringLiteral("handshake refused") : error.toString();
    else if (!error.isUndefined() && !error.isNull())
        r.error = QStringLiteral("handshake refused (error of an unexpected type)");
    return r;
}

std::optional<SignalRHandshake::Request> SignalRHandshake::parseRequest(
    const QByteArray &bytes, QString *problem, qsizetype maxBytes)
{
    Request r;
    const std::optional<QJsonObject> o = firstRecord(bytes, maxBytes, r.remainder, problem);
    if (!o)
        return std::nullopt;
    const QJsonValue protocol = o->value(QStringLiteral("protocol"));
    const QJsonValue version = o->value(QStringLiteral("version"));
    if (!protocol.isString() || !version.isDouble()) {
        if (problem)
            *problem = QStringLiteral("handshake request needs \"protocol\" and \"version\"");
        return std::nullopt;
    }
    r.protocol = protocol.toString();
    r.version = version.toInt();
    return r;
}

} // namespace sb
