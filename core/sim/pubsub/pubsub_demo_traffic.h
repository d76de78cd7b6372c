#pragma once

#include <QJsonObject>
#include <QString>

#include <random>

namespace sb::sim {

// Realistic-looking demo messages for the emulator's topics: price ticks, chat lines and compressed telemetry.
class PubSubDemoTraffic
{
public:
    struct Message
    {
        QString topic;
        QString messageType;
        QJsonObject payload;
        QString subject; // the virtual publisher
        bool compress = false;
    };

    explicit PubSubDemoTraffic(unsigned seed);
    Message next();

private:
    Message price();
    Message chat();
    Message telemetry();

    std::mt19937 m_random;
    double m_prices[4] = {1.0842, 1.2671, 151.32, 0.6587};
    quint64 m_sequence = 0;
};

} // namespace sb::sim
