#pragma once

#include "event/feed_error.h"
#include "net/pending_reply.h"
#include "net/reconnect_backoff.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sb {

// What a client that asks one thing at a time over HTTP (a token, the service discovery) does the same way as the
// others: one request under way or one retry lined up (abort() cancels either, and no signal follows), redirects
// followed by hand within RedirectHop's rules, transport failures worded by HttpAttemptFailure, retries with backoff
// announced by retrying(), and every FeedError of one stage, stamped by the client's clock and redacted by it. What
// it asks, and what an answer means, is the subclass's. Lives on the io thread with its QNetworkAccessManager; TLS
// peers are always verified.
class RetryingHttpClient : public QObject
{
    Q_OBJECT
public:
    ~RetryingHttpClient() override;

    void setFeedName(const QString &feed) { m_feed = feed; }
    // UTC ms; stamps FeedError::timeMs (and what a subclass stamps). Defaults to the system clock.
    void setClock(std::function<qint64()> nowMs);
    // Delays between retries; tests pass a tiny one. Defaults to 5 s growing to 60 s, as LSEG's samples wait 5 s.
    void setBackoff(const ReconnectBackoff &backoff) { m_backoff = backoff; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    bool isBusy() const;
    // Cancels the request and any pending retry; no signal follows.
    void abort();

Q_SIGNALS:
    void retrying(const sb::FeedError &error);
    void failed(const sb::FeedError &error);

protected:
    // `endpoint` and `attempt` name the endpoint in messages, with %1 for its (redacted) URL: "token endpoint %1",
    // "token request to %1". A GET (`isGet`) follows 303 too. `nam` is not owned and must outlive the client; `tls`
    // applies to every request, peer verification forced on.
    RetryingHttpClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, FeedError::Stage stage, bool isGet,
        QString endpoint, QString attempt, QObject *parent);

    // A new attempt: its first request goes to `url`.
    void sendTo(const QUrl &url);
    void retryLater(const QString &code, const QString &message);
    void fail(const QString &code, const QString &message, bool retryable = false);
    void resetBackoff() { m_backoff.reset(); }
    qint64 nowMs() const { return m_nowMs(); }
    QNetworkAccessManager *network() const { return m_nam; }
    // "token endpoint <url>" and "token request to <url>", for the hop under way.
    QString endpointText() const;
    QString attemptText() const;

    // A retry is due: start the attempt again (sendTo).
    virtual void startAttempt() = 0;
    // Sends `request` (URL, timeout, TLS and redirect policy set) with what the client asks: headers, the method.
    virtual QNetworkReply *send(QNetworkRequest &request) = 0;
    // An answer with an HTTP status that is not a redirect.
    virtual void answered(QNetworkReply *reply, int status, const QByteArray &body) = 0;
    // The client's secrets out of `text`.
    virtual QString redact(const QString &text) const = 0;

private:
    void sendHop();
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_nam;
    QSslConfiguration m_tls;
    FeedError::Stage m_stage;
    bool m_isGet;
    QString m_endpoint;
    QString m_attempt;
    QString m_feed;
    std::function<qint64()> m_nowMs;
    ReconnectBackoff m_backoff {5000, 60000};
    int m_timeoutMs = 45000;
    PendingReply m_pending;
    QUrl m_url; // the current hop
    int m_hops = 0;
};

} // namespace sb
