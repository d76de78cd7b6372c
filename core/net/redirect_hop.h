#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace sb {

// One hop of a redirect that a client follows by hand rather than through QNetworkAccessManager's policy, so that
// the request (and its credentials) goes on only where this allows: the Location header is read raw and resolved
// against the current URL (RFC 9110 allows relative references, which QNetworkReply's parsed header drops), at most
// kMaxHops hops in all, never from https down to http, and never to another origin (scheme, host or port): every
// request that follows hops by hand carries a credential (a client secret, a Basic header, an x-app-key, a Bearer
// token) that was meant for the origin it was configured with, and a redirect must not carry it anywhere else.
class RedirectHop
{
public:
    static constexpr int kMaxHops = 5;
    enum class Outcome { Follow, NoLocation, TooMany, Insecure, CrossOrigin };

    // 301, 302, 307 and 308; 303 too when `seeOtherAllowed` (a GET, which 303 leaves a GET).
    static bool isRedirect(int status, bool seeOtherAllowed);
    static RedirectHop next(const QUrl &current, const QByteArray &rawLocation, int hopsSoFar);
    // Makes `request` one that QNetworkAccessManager sends as it is: it follows no redirect (the client follows it
    // through next(), or refuses it), and neither sends nor keeps cookies or cached answers, so every answer is the
    // origin's own to this very request.
    static void prepareRequest(QNetworkRequest &request);

    Outcome outcome() const { return m_outcome; }
    QUrl target() const { return m_target; }
    bool follow() const { return m_outcome == Outcome::Follow; }

    // For a refused hop: the FeedError code (bad_redirect, too_many_redirects, insecure_redirect,
    // cross_origin_redirect) and a message that starts with `what` (e.g. "token endpoint https://…"), with the
    // target's secrets redacted.
    QString errorCode() const;
    QString errorMessage(const QString &what, int status) const;

private:
    Outcome m_outcome = Outcome::NoLocation;
    QUrl m_target;
};

} // namespace sb
