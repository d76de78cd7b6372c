#include "pubsub_admin_call.h"

#include "net/redirect_hop.h"
#include "net/secret_redactor.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace sb {

namespace {
const char *const kTooLarge = "sb_admin_too_large";
} // namespace

void PubSubAdminCall::prepare(QNetworkRequest &request)
{
    RedirectHop::prepareRequest(request);
}

void PubSubAdminCall::watch(QNetworkReply *reply, const QString &feed, qint64 maxBodyBytes, QObject *context, Done done)
{
    // `total` is the announced Content-Length (or -1): a body announced too large is refused before it arrives.
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, reply, [reply, maxBodyBytes](qint64 received, qint64 total) {
            if ((received > maxBodyBytes || total > maxBodyBytes) && !reply->property(kTooLarge).toBool()) {
                reply->setProperty(kTooLarge, true);
                reply->abort();
            }
        });
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, feed, maxBodyBytes, done = std::move(done)] {
        reply->deleteLater();
        Result out;
        const QString where = SecretRedactor::redactUrl(reply->url());
        out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property(kTooLarge).toBool()) {
            out.errorCode = QStringLiteral("admin_too_large");
            out.error
                = QStringLiteral("feed %1: the admin API at %2 answered more than %3 bytes; the answer was cut off")
                      .arg(feed, where, QString::number(maxBodyBytes));
        } else if (out.httpStatus >= 300 && out.httpStatus < 400) {
            const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
            out.errorCode = QStringLiteral("admin_redirect");
            out.error
                = QStringLiteral("feed %1: the admin API at %2 answered HTTP %3, a redirect to %4; redirects are "
                                 "not followed, so the admin token goes nowhere else (check adminUrl)")
                      .arg(feed, where, QString::number(out.httpStatus), SecretRedactor::redactUrl(location).left(300));
        } else if (out.httpStatus == 0) {
            out.errorCode = QStringLiteral("admin_network");
            out.error = QStringLiteral("feed %1: the admin API at %2: %3").arg(feed, where, reply->errorString());
        } else {
            out.body = reply->read(maxBodyBytes);
        }
        done(out);
    });
}

} // namespace sb
