#include "feed_keys_reader.h"

namespace sb {

QString FeedKeysReader::caFile()
{
    return m_in.string(QStringLiteral("caFile"));
}

void FeedKeysReader::reconnectBounds(int &minMs, int &maxMs)
{
    minMs = m_in.integer(QStringLiteral("reconnectMinMs"), minMs, 1);
    maxMs = qMax(minMs, m_in.integer(QStringLiteral("reconnectMaxMs"), maxMs, 1));
}

int FeedKeysReader::tokenRenewMarginSec(int fallback)
{
    return m_in.integer(QStringLiteral("tokenRenewMarginSec"), fallback);
}

OAuth2Config FeedKeysReader::oauth2(Grants grants, OAuth2Config defaults)
{
    OAuth2Config auth = std::move(defaults);
    auth.tokenUrl = m_in.url(QStringLiteral("tokenUrl"));
    auth.clientId = m_in.string(QStringLiteral("clientId"));
    auth.clientSecret = m_in.string(QStringLiteral("clientSecret"));
    if (grants == Grants::ClientCredentialsOrPassword) {
        auth.username = m_in.string(QStringLiteral("username"));
        auth.password = m_in.string(QStringLiteral("password"));
    }
    auth.scope = m_in.string(QStringLiteral("scope"), auth.scope);
    auth.grant = !auth.password.isEmpty() && auth.clientSecret.isEmpty() ? OAuth2Config::Password
                                                                         : OAuth2Config::ClientCredentials;
    return auth;
}

} // namespace sb
