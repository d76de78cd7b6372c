#pragma once

#include "desk/feed_source.h"
#include "event/event.h"

#include <QDateTime>

namespace sb::ui::test {

inline Event story(const QString &key, const QString &title, const QStringList &tags = {},
    const QString &language = QStringLiteral("en"), int urgency = 3, const QString &kind = QStringLiteral("news.story"),
    const QString &feed = QStringLiteral("mrn"))
{
    Event e;
    e.feed = feed;
    e.kind = kind;
    e.key = key;
    e.receivedMs = QDateTime::currentMSecsSinceEpoch();
    e.timeMs = e.receivedMs - 5;
    e.title = title.toUtf8();
    e.body = QStringLiteral("Body of %1").arg(title).toUtf8();
    e.urgency = urgency;
    e.tags = tags;
    e.language = language;
    e.source = QStringLiteral("NS:RTRS");
    e.attrs = QByteArrayLiteral("{\"ric\":\"MRN_STORY\",\"mrnType\":\"STORY\",\"story\":{\"audiences\":[\"NP:RNP\"],"
                                "\"mimeType\":\"text/plain\"}}");
    return e;
}

inline EventBatch numbered(int from, int count, const QString &feed = QStringLiteral("mrn"))
{
    EventBatch out;
    for (int i = from; i < from + count; ++i)
        out.append(story(QStringLiteral("k%1").arg(i), QStringLiteral("Story %1").arg(i), {}, QStringLiteral("en"), 3,
            QStringLiteral("news.story"), feed));
    return out;
}

// A FeedSource a test drives by hand: it emits what the test pushes.
class TestFeedSource : public FeedSource
{
    Q_OBJECT
public:
    explicit TestFeedSource(QVector<FeedInfo> feeds, QObject *parent = nullptr)
        : FeedSource(parent)
        , m_feeds(std::move(feeds))
    { }
    QVector<FeedInfo> feeds() const override { return m_feeds; }
    bool metrics(const QString &feed, FeedMetrics::Snapshot *out) const override
    {
        if (!m_feeds.isEmpty() && feed != m_feeds.first().name)
            return false;
        *out = snapshot;
        return true;
    }
    void push(const EventBatch &batch) { Q_EMIT eventsReady(batch); }
    void state(const QString &feed, FeedState s, const QString &text = QString())
    {
        Q_EMIT feedStateChanged(feed, s, text);
    }
    void error(const FeedError &e) { Q_EMIT feedError(e); }

    FeedMetrics::Snapshot snapshot {};

private:
    QVector<FeedInfo> m_feeds;
};

} // namespace sb::ui::test
