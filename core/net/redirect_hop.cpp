#include "redirect_hop.h"

#include "net/credential_destination.h"
#include "net/secret_redactor.h"

#include <QNetworkRequest>

namespace sb {

bool RedirectHop::isRedirect(int status, bool seeOtherAllowed)
{
    return status == 301 || status == 302 || status == 307 || status == 308 || (seeOtherAllowed && status == 303);
}

void RedirectHop::prepareRequest(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
}

RedirectHop RedirectHop::next(const QUrl &current, const QByteArray &rawLocation, int hopsSoFar)
{
    RedirectHop hop;
    const QUrl location = QUrl::fromEncoded(rawLocation.trimmed());
    if (!location.isValid() || location.isEmpty()) {
        hop.m_outcome = Outcome::NoLocation;
        return hop;
    }
    hop.m_target = current.resolved(location);
    if (hopsSoFar >= kMaxHops)
        hop.m_outcome = Outcome::TooMany;
    else if (current.scheme() == QLatin1String("https") && hop.m_target.scheme() != QLatin1String("https"))
        hop.m_outcome = Outcome::Insecure; // credentials never go on in clear text
    else if (!CredentialDestination::sameOrigin(current, hop.m_target))
        hop.m_outcome = Outcome::CrossOrigin;
    else
        hop.m_outcome = Outcome::Follow;
    return hop;
}

QString RedirectHop::errorCode() const
{
    switch (m_outcome) {
    case Outcome::NoLocation:
        return QStringLiteral("bad_redirect");
    case Outcome::TooMany:
        return QStringLiteral("too_many_redirects");
    case Outcome::Insecure:
        return QStringLiteral("insecure_redirect");
    case Outcome::CrossOrigin:
        return QStringLiteral("cross_origin_redirect");
    case Outcome::Follow:
        break;
    }
    return QString();
}

QString RedirectHop::errorMessage(const QString &what, int status) const
{
    switch (m_outcome) {
    case Outcome::NoLocation:
        return QStringLiteral("%1 answered HTTP %2 without a usable Location").arg(what).arg(status);
    case Outcome::TooMany:
        return QStringLiteral("%1 was redirected more than %2 times").arg(what).arg(kMaxHops);
    case Outcome::Insecure:
        return QStringLiteral("%1 redirected to non-https %2").arg(what, SecretRedactor::redactUrl(m_target));
    case Outcome::CrossOrigin:
        return QStringLiteral("%1 redirected (HTTP %2) to another origin, %3; the credentials were not resent there")
            .arg(what)
            .arg(status)
            .arg(SecretRedactor::redactUrl(m_target));
    case Outcome::Follow:
        break;
    }
    return QString();
}

} // namespace sb
