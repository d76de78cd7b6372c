#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

// Plain Qt HTTP for the emulator tests: verification stays on, the emulator's PEM is added as a CA.
namespace sb::test {

inline QSslConfiguration trustingTls(const QString &caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty())
        tls.addCaCertificates(QSslCertificate::fromPath(caFile));
    return tls;
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QUrl finalUrl;
    int redirects = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline HttpResult finish(QNetworkReply *reply)
{
    HttpResult r;
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [&r](const QList<QSslError> &errors) { r.sslErrors = errors; });
    QObject::connect(reply, &QNetworkReply::redirected, reply, [&r](const QUrl &) { ++r.redirects; });
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.finalUrl = reply->url();
    reply->deleteLater();
    return r;
}

inline HttpResult postForm(
    QNetworkAccessManager &nam, const QUrl &url, const QByteArray &form, const QSslConfiguration &tls)
{
    QNetworkRequest rq(url);
    rq.setSslConfiguration(tls);
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    rq.setRawHeader("Accept", "application/json");
    return finish(nam.post(rq, form));
}

inline HttpResult getWithToken(
    QNetworkAccessManager &nam, const QUrl &url, const QString &token, const QSslConfiguration &tls)
{
    QNetworkRequest rq(url);
    rq.setSslConfiguration(tls);
    if (!token.isEmpty())
        rq.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return finish(nam.get(rq));
}

} // namespace sb::test
