#pragma once

#include "lseg_emulator_options.h"
#include "sim/loopback_http_server.h"

#include <QObject>

namespace sb::sim {

class LsegFaultSwitches;
class LsegTokenStore;

// The RDP authentication endpoints: V2 client credentials at /auth/oauth2/v2/token, V1 password and refresh grants
// at /auth/oauth2/v1/token (reference §2), with the emulator's token faults.
class LsegAuthService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kV2Path = "/auth/oauth2/v2/token";
    static constexpr const char *kV1Path = "/auth/oauth2/v1/token";
    static constexpr const char *kRedirectedPrefix = "/auth/oauth2/redirected";

    LsegAuthService(const LsegEmulatorOptions &options, LsegTokenStore *tokens, LsegFaultSwitches *faults,
        QObject *parent = nullptr);
    void attach(LoopbackHttpServer *server);

    int requests() const { return m_requests; }

Q_SIGNALS:
    void tokenIssued(const QString &accessToken);
    void tokenRefused(int status);

private:
    void handle(const HttpRequest &request, const HttpResponder &responder, bool v1, bool redirected);
    void handleV2(const QUrlQuery &form, const QByteArray &authorization, const HttpResponder &responder);
    void handleV1(const QUrlQuery &form, const HttpResponder &responder);
    void refuse(const HttpResponder &responder, int status, const char *error, const QString &description);

    const LsegEmulatorOptions &m_options;
    LsegTokenStore *m_tokens;
    LsegFaultSwitches *m_faults;
    LoopbackHttpServer *m_server = nullptr;
    int m_requests = 0;
};

} // namespace sb::sim
