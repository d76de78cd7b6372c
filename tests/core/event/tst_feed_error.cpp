#include "event/feed_error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::FeedError;

class TestFeedError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLine()
    {
        const FeedError e {QStringLiteral("mrn"), FeedError::Stage::Decode, QStringLiteral("mrn_gzip"),
            QStringLiteral("G1: compressed data is corrupt"), true, 1719915217000};
        const QJsonObject o = QJsonDocument::fromJson(e.toJsonLine()).object();
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(o.value(QStringLiteral("feed")).toString(), QStringLiteral("mrn"));
        QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("decode"));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("mrn_gzip"));
        QCOMPARE(o.value(QStringLiteral("retryable")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2024-07-02T10:13:37.000Z"));
    }
    void stageNames()
    {
        QCOMPARE(FeedError::stageName(FeedError::Stage::Auth), QStringLiteral("auth"));
        QCOMPARE(FeedError::stageName(FeedError::Stage::Discovery), QStringLiteral("discovery"));
        QCOMPARE(FeedError::stageName(FeedError::Stage::Store), QStringLiteral("store"));
    }
};

QTEST_APPLESS_MAIN(TestFeedError)
#include "tst_feed_error.moc"
