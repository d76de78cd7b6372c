#pragma once

#include "pipeline/frame_decoder.h"

#include <QVector>

namespace sb::test {

// A DecodeOutput that keeps everything, for tests of decoders.
class CollectingOutput : public DecodeOutput
{
public:
    void event(Event &&e) override { events.append(std::move(e)); }
    void error(FeedError &&e) override { errors.append(std::move(e)); }
    void control(QVariant &&m) override { controls.append(std::move(m)); }
    void duplicate() override { ++duplicates; }
    void acknowledge(QVariant &&token, const QString &stateKey, const QString &stateValue) override
    {
        acks.append({std::move(token), events.size(), stateKey, stateValue});
    }

    QStringList errorCodes() const
    {
        QStringList out;
        for (const FeedError &e : errors)
            out << e.code;
        return out;
    }

    QVector<Event> events;
    QVector<FeedError> errors;
    QVector<QVariant> controls;
    int duplicates = 0;
    struct Ack
    {
        QVariant token;
        qsizetype afterEvents = 0; // how many events preceded it
        QString stateKey;
        QString stateValue;
    };
    QVector<Ack> acks;
};

} // namespace sb::test
