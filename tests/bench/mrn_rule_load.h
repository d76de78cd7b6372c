#pragma once

// A desk's rule load for the benchmarks: 100 rules written from the codes the emulator's own MRN stories carry, so
// that some rules hit and most do not, as on a trader's desk. `rules` times them on the decode path; `desk_burst
// --rules` loads them into the real desk.
#include "event/event.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "pipeline/frame_decoder.h"
#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace sb::bench {

// The frames of `stories` generated stories, as the emulator sends them (seed 7, a fixed clock).
inline QVector<QString> mrnStoryFrames(int stories)
{
    sim::MrnStoryGenerator generator(7, [] { return qint64(1'763'800'000'000); });
    sim::MrnUpdateEncoder encoder;
    QVector<QString> frames;
    for (int i = 0; i < stories; ++i) {
        const sim::MrnStory story = generator.nextStory();
        for (const QByteArray &f : encoder.framesForStory(story.json, story.guid))
            frames << QString::fromUtf8(f);
    }
    return frames;
}

struct CollectedEvents : DecodeOutput
{
    void event(Event &&e) override { events.append(std::move(e)); }
    void error(FeedError &&) override { ++errors; }
    void control(QVariant &&) override { }
    EventBatch events;
    int errors = 0;
};

inline EventBatch decodedMrnStories(const QVector<QString> &frames)
{
    MrnFrameDecoder decoder(QStringLiteral("mrn"));
    CollectedEvents out;
    for (const QString &f : frames)
        decoder.decode(RawFrame::fromText(f, 0), out);
    return std::move(out.events);
}

// The mix: code rules (a RIC, a RIC family), codes with an urgency band, topic-and-language pairs, headline words
// and phrases, and exclusions.
inline QStringList hundredRuleQueries(const EventBatch &events)
{
    QHash<QString, int> counts;
    for (const Event &e : events)
        for (const QString &t : e.tags)
            ++counts[t];
    QStringList rics;
    QStringList topics;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("R:")))
            rics << it.key();
        else if (it.key().startsWith(QLatin1String("N2:")))
            topics << it.key();
    }
    rics.sort();
    topics.sort();
    const QStringList words = {QStringLiteral("profit"), QStringLiteral("\"rate cut\""), QStringLiteral("merger"),
        QStringLiteral("dividend"), QStringLiteral("outlook"), QStringLiteral("strike"), QStringLiteral("bank"),
        QStringLiteral("oil"), QStringLiteral("guidance"), QStringLiteral("recall")};
    QStringList texts;
    for (int i = 0; texts.size() < 100; ++i) {
        const QString ric = rics.isEmpty() ? QStringLiteral("R:VOD.L") : rics.at(i % rics.size());
        const QString topic = topics.isEmpty() ? QStringLiteral("N2:US") : topics.at(i % topics.size());
        const QString word = words.at(i % words.size());
        switch (i % 5) {
        case 0:
            texts << ric;
            break;
        case 1:
            texts << ric.left(5) + QLatin1Char('*') + QStringLiteral(" urgency:1-2");
            break;
        case 2:
            texts << topic + QStringLiteral(" lang:en -N2:SPO");
            break;
        case 3:
            texts << word + QStringLiteral(" kind:news");
            break;
        default:
            texts << ric + QLatin1Char(' ') + topic + QLatin1Char(' ') + word;
        }
    }
    return texts;
}

} // namespace sb::bench
