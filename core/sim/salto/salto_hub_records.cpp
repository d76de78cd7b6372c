#include "salto_hub_records.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb::sim {

namespace {

constexpr qsizetype kMaxHandshakeBytes = 64 * 1024;

QByteArray record(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + SaltoHubRecords::Separator;
}

} // namespace

std::optional<SaltoHubRecords::Handshake> SaltoHubRecords::takeHandshake(const QByteArray &bytes, QString *problem)
{
    const qsizetype end = bytes.indexOf(Separator);
    if (end < 0) {
        if (bytes.size() > kMaxHandshakeBytes && problem)
            *problem = QStringLiteral("handshake request too large");
        return std::nullopt;
    }
    const QJsonObject request = QJsonDocument::fromJson(bytes.left(end)).object();
    const QJsonValue protocol = request.value(QStringLiteral("protocol"));
    const QJsonValue version = request.value(QStringLiteral("version"));
    if (!protocol.isString() || !version.isDouble()) {
        if (problem)
            *problem = QStringLiteral("the first record is not a handshake request");
        return std::nullopt;
    }
    return Handshake {protocol.toString(), version.toInt(), bytes.mid(end + 1)};
}

QByteArray SaltoHubRecords::handshakeAnswer(const QString &error)
{
    QJsonObject answer;
    if (!error.isEmpty())
        answer.insert(QStringLiteral("error"), error);
    return record(answer);
}

QList<QByteArray> SaltoHubRecords::takeRecords(QByteArray &buffer)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    for (qsizetype end = buffer.indexOf(Separator); end >= 0; end = buffer.indexOf(Separator, start)) {
        out << buffer.mid(start, end - start);
        start = end + 1;
    }
    buffer.remove(0, start);
    return out;
}

int SaltoHubRecords::typeOf(const QByteArray &record)
{
    const QJsonValue type = QJsonDocument::fromJson(record).object().value(QStringLiteral("type"));
    return type.isDouble() ? type.toInt() : 0;
}

QByteArray SaltoHubRecords::invocation(const QString &target, const QJsonArray &arguments)
{
    // No invocationId: the server expects no completion for a broadcast.
    return record(
        {{QStringLiteral("type"), 1}, {QStringLiteral("target"), target}, {QStringLiteral("arguments"), arguments}});
}

QByteArray SaltoHubRecords::ping()
{
    return record({{QStringLiteral("type"), Ping}});
}

QByteArray SaltoHubRecords::close(const QString &error, bool allowReconnect)
{
    QJsonObject close {{QStringLiteral("type"), Close}};
    if (!error.isEmpty())
        close.insert(QStringLiteral("error"), error);
    if (allowReconnect)
        close.insert(QStringLiteral("allowReconnect"), true);
    return record(close);
}

} // namespace sb::sim
