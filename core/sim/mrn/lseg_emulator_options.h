#pragma once

#include <QString>

namespace sb::sim {

// Everything an LsegEmulator can be configured with; defaults mimic the real RTO service.
struct LsegEmulatorOptions
{
    bool tls = true;
    QString clientId = QStringLiteral("switchboard-demo");
    QString clientSecret = QStringLiteral("demo-secret");
    QString username = QStringLiteral("demo-machine-id"); // V1 password grant
    QString password = QStringLiteral("demo-password");
    int tokenLifetimeSec = 7199; // V2, sent as a JSON number
    int v1TokenLifetimeSec = 600; // V1, sent as a string
    int tokenServerErrorStatus = 503;
    int pingIntervalSec = 20;
    int pingTimeoutSec = 30; // announced in the Login Refresh and enforced after each Ping
    int pingIntervalMs = 0; // > 0 overrides pingIntervalSec, so tests need not wait seconds
    int pingTimeoutMs = 0; // > 0 overrides pingTimeoutSec for the enforcement (the Refresh still says seconds)
    int maxMsgSize = 61430; // announced; a bigger client message drops the connection
    qint64 oversizeMessageBytes = 17 * 1024 * 1024; // LsegFault::OversizeMessage: more than a client should accept
    double storiesPerSecond = 5; // 0: only replayed, triggered and publishStories() stories
    int burstStoriesPerSecond = 0; // > 0: load mode, this many stories a second packed 1-3 messages a frame
    qint64 burstStoryLimit = 0; // > 0: load mode stops after this many items, so a benchmark sends a fixed corpus
    bool replayRealStories = true; // the published real MRN items open every MRN_STORY stream
    bool allowUserNameLogin = false; // accept a deployed-server login ("Key":{"Name":user}) without a token
    bool enforceV1Expiry = true; // close a V1 login whose token expires without a reissue (EMA-DOC 6.4.3)
    double duplicateProbability = 0.02; // identical re-delivery of a recent story
    double newVersionProbability = 0.02; // same GUID, new content
    double packedProbability = 0.1; // FRAG_NUM 1 and 2 of a story in one frame
    quint32 seed = 20240702;
    QString region = QStringLiteral("ap-southeast-1");
    int webSocketEndpoints = 2;
    QString service = QStringLiteral("ELEKTRON_DD");
    QString scope = QStringLiteral("trapi.streaming.pricing.read");
    QString mrnSource = QStringLiteral("HK1_PRD_A");
    QString hostName = QStringLiteral("ads-premium-az1-blue-3-main-prd.apse1-az1"); // in "Login accepted by host"
};

} // namespace sb::sim
