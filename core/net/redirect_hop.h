#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sb {

// One hop of a redirect that a client follows by hand rather than through QNetworkAccessManager's policy, so that
// the request (and its credentials) goes on only where this allows: the Location header is read raw and resolved
// against the current URL (RFC 9110 allows relative references, which QNetworkReply's parsed header drops), at most
// kMaxHops hops in all, and never from https down to http.
class RedirectHop
{
public:
    static constexpr int kMaxHops = 5;
    enum class Outcome { Follow, NoLocation, TooMany, Insecure };

    // 301, 302, 307 and 308; 303 too when `seeOtherAllowed` (a GET, which 303 leaves a GET).
    static bool isRedirect(int status, bool seeOtherAllowed);
    static RedirectHop next(const QUrl &current, const QByteArray &rawLocation, int hopsSoFar);

    Outcome outcome() const { return m_outcome; }
    QUrl target() const { return m_target; }
    bool follow() const { return m_outcome == Outcome::Follow; }

    // For a refused hop: the FeedError code (bad_redirect, too_many_redirects, insecure_redirect) and a message
    // that starts with `what` (e.g. "token endpoint https://…"), with the target's secrets redacted.
    QString errorCode() const;
    QString errorMessage(const QString &what, int status) const;

private:
    Outcome m_outcome = Outcome::NoLocation;
    QUrl m_target;
};

} // namespace sb
