#include "pubsub_demo_traffic.h"

#include <QDateTime>

namespace sb::sim {

PubSubDemoTraffic::PubSubDemoTraffic(unsigned seed)
    : m_random(seed)
{ }

PubSubDemoTraffic::Message PubSubDemoTraffic::next()
{
    ++m_sequence;
    const unsigned pick = m_random() % 10;
    if (pick < 6)
        return price();
    if (pick < 8)
        return telemetry();
    return chat();
}

PubSubDemoTraffic::Message PubSubDemoTraffic::price()
{
    static const char *symbols[] = {"EUR/USD", "GBP/USD", "USD/JPY", "AUD/USD"};
    const int i = int(m_random() % 4);
    std::normal_distribution<double> step(0.0, 0.0002);
    m_prices[i] *= 1.0 + step(m_random);
    const double spread = m_prices[i] * 0.00008;
    const int decimals = m_prices[i] > 20 ? 3 : 5;
    auto round = [decimals](double v) { return QString::number(v, 'f', decimals).toDouble(); };
    return {QStringLiteral("prices"), QStringLiteral("tick"),
        {{QStringLiteral("symbol"), QLatin1String(symbols[i])}, {QStringLiteral("bid"), round(m_prices[i] - spread)},
            {QStringLiteral("ask"), round(m_prices[i] + spread)}, {QStringLiteral("seq"), double(m_sequence)}},
        QStringLiteral("pricing-engine"), false};
}

PubSubDemoTraffic::Message PubSubDemoTraffic::chat()
{
    static const char *users[] = {"alice@example.com", "bob@example.com", "carol@example.com"};
    static const char *lines[]
        = {"Deploy of build 1.4.2 is done", "Anyone seeing latency on eu-west?", "Ack, looking into it",
            "Prices topic looks healthy again", "Lunch at 12:30?", "Rolling restart of the gateway in 5 min"};
    const char *user = users[m_random() % 3];
    return {QStringLiteral("chat"), QStringLiteral("text"),
        {{QStringLiteral("text"), QLatin1String(lines[m_random() % 6])},
            {QStringLiteral("room"), QStringLiteral("ops")}},
        QLatin1String(user), false};
}

PubSubDemoTraffic::Message PubSubDemoTraffic::telemetry()
{
    static const char *devices[] = {"gw-eu-1", "gw-eu-2", "gw-us-1"};
    std::uniform_real_distribution<double> cpu(5, 95);
    std::uniform_real_distribution<double> temp(38, 71);
    std::uniform_int_distribution<int> conns(100, 5000);
    return {QStringLiteral("telemetry"), QStringLiteral("metrics"),
        {{QStringLiteral("device"), QLatin1String(devices[m_random() % 3])},
            {QStringLiteral("cpu"), qRound(cpu(m_random) * 10) / 10.0},
            {QStringLiteral("tempC"), qRound(temp(m_random) * 10) / 10.0},
            {QStringLiteral("connections"), conns(m_random)}},
        QStringLiteral("telemetry-agent"), true};
}

} // namespace sb::sim
