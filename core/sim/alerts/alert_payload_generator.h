#pragma once

#include "sim/mrn/mrn_story_generator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace sb::sim {

// Realistic decrypted alerts for the Data Platform emulator: the MRN generator's stories (real-looking headlines,
// bodies, RICs and subject codes in several languages) re-shaped as payloadVersion 2.0 alert envelopes with
// payload.newsMessage.itemSet.newsItem[0] in NewsML-G2 JSON (reference alerts-sqs.md §14, §15). Deterministic for a
// seed and a clock.
class AlertPayloadGenerator
{
public:
    struct Alert
    {
        QString ecpMessageId;
        QString headline;
        QString language;
        int urgency = 3;
        QStringList subjects;
        QJsonObject json;
    };

    explicit AlertPayloadGenerator(quint32 seed = 7, std::function<qint64()> nowMs = {});

    // `stories` adds the body (contentSet.inlineData); `large` makes a filing of several hundred KB.
    Alert next(const QString &subscriptionId, bool stories, bool large = false);

private:
    MrnStoryGenerator m_stories;
    std::function<qint64()> m_nowMs;
    qint64 m_sequence = 0;
};

// Whether an alert passes a subscription filter: operator and/or/not over operands of type language ("L:en"),
// newscode/permid/attribution (subject codes), urgency and freetext ("contains" in the headline, case-insensitive).
// Unknown operand types match, as a server that cannot judge a term should not drop alerts for it.
bool alertMatchesFilter(const AlertPayloadGenerator::Alert &alert, const QJsonObject &filter);

} // namespace sb::sim
