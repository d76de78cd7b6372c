#include "desk/feed_title.h"

#include <QTest>

using namespace sb::ui;

class TestFeedTitle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesTheServiceNotTheType()
    {
        QCOMPARE(FeedTitle::of({QStringLiteral("mrn"), QStringLiteral("mrn")}), QStringLiteral("LSEG News (MRN)"));
        QCOMPARE(FeedTitle::of({QStringLiteral("alerts"), QStringLiteral("alerts")}), QStringLiteral("News alerts"));
        QCOMPARE(FeedTitle::of({QStringLiteral("salto"), QStringLiteral("salto")}),
            QStringLiteral("Door incidents (Salto)"));
        QCOMPARE(
            FeedTitle::of({QStringLiteral("opera"), QStringLiteral("opera")}), QStringLiteral("Hotel events (OPERA)"));
        QCOMPARE(
            FeedTitle::of({QStringLiteral("pubsub"), QStringLiteral("pubsub")}), QStringLiteral("Topic inspector"));
        QCOMPARE(FeedTitle::shortOf({QStringLiteral("mrn"), QStringLiteral("mrn")}), QStringLiteral("News (MRN)"));
    }

    void keepsANameThatSaysMore()
    {
        QCOMPARE(FeedTitle::of({QStringLiteral("london-opera"), QStringLiteral("opera")}),
            QStringLiteral("Hotel events (OPERA) — london-opera"));
        QCOMPARE(FeedTitle::shortOf({QStringLiteral("london-opera"), QStringLiteral("opera")}),
            QStringLiteral("Hotel (OPERA) — london-opera"));
        // The type in other case, or no name at all, adds nothing.
        QCOMPARE(FeedTitle::of({QStringLiteral("MRN"), QStringLiteral("mrn")}), QStringLiteral("LSEG News (MRN)"));
        QCOMPARE(FeedTitle::of({QString(), QStringLiteral("salto")}), QStringLiteral("Door incidents (Salto)"));
    }

    void anUnknownTypeShowsTheFeedsName()
    {
        QCOMPARE(FeedTitle::of({QStringLiteral("rss-wires"), QStringLiteral("rss")}), QStringLiteral("rss-wires"));
        QCOMPARE(FeedTitle::of({QString(), QStringLiteral("rss")}), QStringLiteral("rss"));
        QCOMPARE(FeedTitle::service(QStringLiteral("rss")), QStringLiteral("rss"));
    }
};

QTEST_MAIN(TestFeedTitle)
#include "tst_feed_title.moc"
