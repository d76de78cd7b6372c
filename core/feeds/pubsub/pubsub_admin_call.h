#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QNetworkReply;
class QNetworkRequest;
class QObject;

namespace sb {

// One call to the Realtime Pub/Sub admin HTTP API (publish, health). A publish carries the admin token, so no
// redirect is followed: a 3xx is an error that names the feed and where it pointed, and the token never reaches
// another origin (CredentialDestination). The answer is capped: a body that grows past the cap, or announces that
// it will, aborts the reply with an error instead of filling memory.
class PubSubAdminCall
{
public:
    static constexpr qint64 DefaultMaxBodyBytes = 64 * 1024;

    struct Result
    {
        int httpStatus = 0; // 0: no HTTP answer
        QByteArray body;
        QString errorCode; // empty, or admin_redirect, admin_too_large, admin_network
        QString error; // names the feed and the URL (redacted)
    };
    using Done = std::function<void(const Result &)>;

    // Manual redirects, no cookies, no cache: set on every admin request before it is sent.
    static void prepare(QNetworkRequest &request);
    // Calls `done` once, in `context`'s thread, when `reply` has finished or was cut off; deletes the reply later.
    static void watch(QNetworkReply *reply, const QString &feed, qint64 maxBodyBytes, QObject *context, Done done);
};

} // namespace sb
