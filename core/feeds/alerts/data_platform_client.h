#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sb {

// The answer to one Data Platform REST call.
struct DataPlatformReply
{
    int httpStatus = 0; // 0: no HTTP answer (see transportError)
    QByteArray body;
    QString transportError; // "network: …", "timeout", "tls: …", "too_large"

    bool ok() const { return transportError.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
    bool isAuthError() const { return httpStatus == 401 || httpStatus == 403; }
    // Worth repeating after a pause: no answer, 429 or a server error.
    bool retryable() const { return !transportError.isEmpty() || httpStatus == 429 || httpStatus >= 500; }
    // "HTTP 403: <first 200 characters of the body>" or the transport error; never holds a secret.
    QString describe() const;
};

// JSON calls to the Data Platform (subscriptions, cloud credentials, claim checks) with the bearer token, on the io
// thread. Redirects are never followed: a bearer token must not travel to whatever host a redirect names, and the
// claim-check flow asks for the presigned URL explicitly (doNotRedirect). TLS peers are always verified.
class DataPlatformClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const DataPlatformReply &)>;

    // `nam` is not owned and must outlive the client.
    DataPlatformClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, QObject *parent = nullptr);
    ~DataPlatformClient() override;

    void setAccessToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // `done` runs on this object's thread; never after abort() or destruction. `bearer` false sends no
    // Authorization header (a presigned URL carries its own authority).
    void get(const QUrl &url, Done done, qsizetype maxBytes = 1024 * 1024, bool bearer = true);
    void post(const QUrl &url, const QByteArray &json, Done done);
    void deleteResource(const QUrl &url, Done done);
    void abort();
    int inFlight() const { return int(m_pending.size()); }

private:
    void send(QNetworkReply *reply, qsizetype maxBytes, Done done);
    QNetworkRequest makeRequest(const QUrl &url, bool bearer) const;

    QNetworkAccessManager *m_nam;
    QSslConfiguration m_tls;
    QString m_token;
    int m_timeoutMs = 30000;
    QHash<QNetworkReply *, Done> m_pending;
};

} // namespace sb
