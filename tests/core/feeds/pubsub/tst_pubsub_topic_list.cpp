// The `topics` key of a pubsub feed: every entry kept, or the whole list refused naming the entry.
#include "feeds/pubsub/pubsub_topic_list.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using sb::PubSubTopicList;

class TestPubSubTopicList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arrayKeepsEveryEntry()
    {
        QStringList topics;
        QString error;
        QVERIFY2(PubSubTopicList::fromJson(
                     QJsonArray {QStringLiteral("prices"), QStringLiteral("secure/inbound"), QStringLiteral("prices")},
                     topics, &error),
            qPrintable(error));
        QCOMPARE(topics,
            (QStringList {QStringLiteral("prices"), QStringLiteral("secure/inbound"), QStringLiteral("prices")}));
    }

    void commaStringTrimsTheLayout()
    {
        QStringList topics;
        QVERIFY(PubSubTopicList::fromJson(QStringLiteral("prices, chat"), topics, nullptr));
        QCOMPARE(topics, (QStringList {QStringLiteral("prices"), QStringLiteral("chat")}));
    }

    void absentIsEmpty()
    {
        QStringList topics {QStringLiteral("stale")};
        QVERIFY(PubSubTopicList::fromJson(QJsonValue(QJsonValue::Undefined), topics, nullptr));
        QVERIFY(topics.isEmpty());
        QVERIFY(PubSubTopicList::fromJson(QJsonValue(), topics, nullptr));
        QVERIFY(topics.isEmpty());
    }

    void refusedNamingTheEntry_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("private") << QJsonValue(QJsonArray {QStringLiteral("prices"), QStringLiteral("priv/me")})
                                 << QStringLiteral("topics[1]: topic \"priv/me\" is private");
        QTest::newRow("empty entry") << QJsonValue(QJsonArray {QString(), QStringLiteral("prices")})
                                     << QStringLiteral("topics[0]: topic \"\" is empty");
        QTest::newRow("pattern") << QJsonValue(QJsonArray {QStringLiteral("prices/*")})
                                 << QStringLiteral("topics[0]: topic \"prices/*\" is a pattern");
        QTest::newRow("number") << QJsonValue(QJsonArray {QStringLiteral("prices"), 42})
                                << QStringLiteral("topics[1] is not a string");
        QTest::newRow("empty part") << QJsonValue(QStringLiteral("prices,,chat"))
                                    << QStringLiteral("topics[1]: topic \"\" is empty");
        QTest::newRow("private part") << QJsonValue(QStringLiteral("prices, priv/x"))
                                      << QStringLiteral("topics[1]: topic \"priv/x\" is private");
        QTest::newRow("object") << QJsonValue(QJsonObject {{QStringLiteral("prices"), true}})
                                << QStringLiteral("topics must be an array of topic names");
    }
    void refusedNamingTheEntry()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QStringList topics {QStringLiteral("untouched")};
        QString error;
        QVERIFY(!PubSubTopicList::fromJson(value, topics, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QCOMPARE(topics, QStringList {QStringLiteral("untouched")});
    }
};

QTEST_GUILESS_MAIN(TestPubSubTopicList)
#include "tst_pubsub_topic_list.moc"
