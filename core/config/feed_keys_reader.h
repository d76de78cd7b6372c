#pragma once

#include "auth/oauth2_config.h"
#include "config/config_object_reader.h"

namespace sb {

// The keys every feed type shares (the token endpoint and client credentials, caFile, reconnect bounds, token
// renewal), read in one place so that each has one spelling, one range and one meaning whatever the feed: five
// copies had drifted (one feed kept reconnectMaxMs at or above reconnectMinMs, the others did not). The feed's own
// keys, and which endpoint may receive which credential, stay with the feed.
class FeedKeysReader
{
public:
    // The grants a service offers: LSEG's Authentication V1 adds username and password to the client credentials.
    enum class Grants { ClientCredentials, ClientCredentialsOrPassword };

    explicit FeedKeysReader(ConfigObjectReader &in)
        : m_in(in)
    { }

    QString caFile();
    // reconnectMinMs and reconnectMaxMs, each at least 1 ms; the cap is raised to the base when below it.
    void reconnectBounds(int &minMs, int &maxMs);
    int tokenRenewMarginSec(int fallback);
    // tokenUrl, clientId, clientSecret and scope (username and password too when the service has the password
    // grant), filled into what the token client takes. `defaults` carries the service's scope and client
    // authentication; the password grant is chosen when a password comes without a client secret (LSEG V1).
    OAuth2Config oauth2(Grants grants, OAuth2Config defaults);

private:
    ConfigObjectReader &m_in;
};

} // namespace sb
