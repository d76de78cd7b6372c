#include "event/event.h"
#include "pipeline/feed_state.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

class TestFeedState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesEveryStateInKebabCase()
    {
        QCOMPARE(feedStateName(FeedState::LoggingIn), QStringLiteral("logging-in"));
        QCOMPARE(feedStateName(FeedState::Live), QStringLiteral("live"));
        QCOMPARE(feedStateName(FeedState::Failed), QStringLiteral("failed"));
    }

    void jsonLineCarriesFeedStateTextAndTime()
    {
        const qint64 timeMs = 1700000000123;
        const QByteArray line = feedStateJsonLine(
            QStringLiteral("desk \"A\""), FeedState::Reconnecting, QStringLiteral("lost\nlink"), timeMs);
        QVERIFY(!line.contains('\n'));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("state"));
        QCOMPARE(o.value(QLatin1String("feed")).toString(), QStringLiteral("desk \"A\""));
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("reconnecting"));
        QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("lost\nlink"));
        QCOMPARE(o.value(QLatin1String("time")).toString(), Event::formatTime(timeMs));
        QCOMPARE(o.keys().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestFeedState)
#include "tst_feed_state.moc"
