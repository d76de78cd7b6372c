#pragma once

#include "lseg_test_http.h"
#include "omm_test_client.h"
#include "sim/mrn/lseg_emulator.h"

#include <QJsonObject>
#include <QTest>

#include <functional>
#include <memory>

namespace sb::test {

inline const QString kLogin = QStringLiteral("Login");
inline const QString kNews = QStringLiteral("NewsTextAnalytics");

// Stories only when a test publishes them, and pings a minute apart.
inline sim::LsegEmulatorOptions quietLsegOptions()
{
    sim::LsegEmulatorOptions o;
    o.storiesPerSecond = 0;
    o.pingIntervalMs = 60000;
    return o;
}

inline QJsonObject ommState(const QJsonObject &m)
{
    return m.value(QStringLiteral("State")).toObject();
}

inline QJsonObject ommFields(const QJsonObject &m)
{
    return m.value(QStringLiteral("Fields")).toObject();
}

// The LSEG emulator of one test and a TLS configuration that trusts its CA, as the suites of tests/sim/mrn share
// them (a base of the test class, beside QObject).
class LsegEmulatorFixture
{
protected:
    std::unique_ptr<sim::LsegEmulator> m_emulator;
    QSslConfiguration m_tls;

    // Starts the emulator with `options`, on `clock` when given.
    void startLseg(const sim::LsegEmulatorOptions &options, std::function<qint64()> clock = {})
    {
        m_emulator = std::make_unique<sim::LsegEmulator>(options);
        if (clock)
            m_emulator->setClock(std::move(clock));
        QVERIFY(m_emulator->start());
        m_tls = trustingTls(m_emulator->caFile());
    }

    // Connected to WebSocket endpoint `endpoint` and logged in with a fresh access token.
    bool openAndLogIn(OmmTestClient &client, int endpoint = 0)
    {
        return client.openAndWait(m_emulator->webSocketUrl(endpoint))
            && client.loginAndWait(m_emulator->issueAccessToken());
    }

    // Connected, logged in, MRN_STORY open and the `replayed` updates of the real stories received.
    void openNewsAfter(OmmTestClient &client, int replayed, int endpoint = 0)
    {
        QVERIFY(openAndLogIn(client, endpoint));
        client.requestItem(2, QStringLiteral("MRN_STORY"));
        QTRY_COMPARE_WITH_TIMEOUT(client.count(QStringLiteral("Update"), kNews), replayed, 10000);
    }
};

} // namespace sb::test
