#include "data_platform_client.h"

#include "net/redirect_hop.h"
#include "net/secret_redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sb {

QString DataPlatformReply::describe() const
{
    if (!transportError.isEmpty())
        return transportError;
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                          : QStringLiteral("HTTP %1: %2").arg(QString::number(httpStatus), text);
}

DataPlatformClient::DataPlatformClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tls(tls)
{
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

DataPlatformClient::~DataPlatformClient()
{
    abort();
}

QNetworkRequest DataPlatformClient::makeRequest(const QUrl &url, bool bearer) const
{
    QNetworkRequest request(url);
    RedirectHop::prepareRequest(request);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (bearer && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);
    return request;
}

void DataPlatformClient::get(const QUrl &url, Done done, qsizetype maxBytes, bool bearer)
{
    send(m_nam->get(makeRequest(url, bearer)), maxBytes, std::move(done));
}

void DataPlatformClient::post(const QUrl &url, const QByteArray &json, Done done)
{
    QNetworkRequest request = makeRequest(url, true);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    send(m_nam->post(request, json), 1024 * 1024, std::move(done));
}

void DataPlatformClient::deleteResource(const QUrl &url, Done done)
{
    send(m_nam->deleteResource(makeRequest(url, true)), 1024 * 1024, std::move(done));
}

void DataPlatformClient::abort()
{
    const QList<QNetworkReply *> replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void DataPlatformClient::send(QNetworkReply *reply, qsizetype maxBytes, Done done)
{
    m_pending.insert(reply, std::move(done));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes) {
            reply->setProperty("sb_too_large", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, maxBytes] {
        reply->deleteLater();
        const Done done = m_pending.take(reply);
        if (!done)
            return;
        DataPlatformReply out;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString where = SecretRedactor::redactUrl(reply->url());
        if (reply->property("sb_too_large").toBool()) {
            out.transportError = QStringLiteral("too_large: %1 answered more than %2 bytes").arg(where).arg(maxBytes);
        } else if (!status.isValid()) {
            const QNetworkReply::NetworkError e = reply->error();
            if (e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError)
                out.transportError = QStringLiteral("timeout: %1 did not answer in time").arg(where);
            else if (e == QNetworkReply::SslHandshakeFailedError)
                out.transportError = QStringLiteral("tls: %1: %2").arg(where, reply->errorString());
            else
                out.transportError = QStringLiteral("network: %1: %2").arg(where, reply->errorString());
        } else {
            out.httpStatus = status.toInt();
            out.body = reply->readAll();
        }
        done(out);
    });
}

} // namespace sb
