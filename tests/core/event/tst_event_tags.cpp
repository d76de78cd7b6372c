// The one tag convention's helpers: the news feeds' lang:/provider: tags told apart from their codes, tag values read
// by prefix, and repeated prefix:value tags shared rather than built per event.
#include "event/event_tags.h"

#include <QTest>

using namespace sb;

class TstEventTags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeCountLeavesOutTheRepeatedLanguageAndProvider()
    {
        Event e;
        e.tags = QStringList {QStringLiteral("R:VOD.L"), QStringLiteral("lang:en"), QStringLiteral("provider:NS:RTRS")};
        QCOMPARE(tags::codeCount(e), 3); // neither field set: every tag is a code
        e.language = QStringLiteral("en");
        QCOMPARE(tags::codeCount(e), 3); // the language's tag is not last
        e.source = QStringLiteral("NS:RTRS");
        QCOMPARE(tags::codeCount(e), 1);
        e.source = QStringLiteral("NS:OTHER");
        QCOMPARE(tags::codeCount(e), 3);
        e.source.clear();
        e.tags.removeLast();
        QCOMPARE(tags::codeCount(e), 1);
        e.tags = QStringList {QStringLiteral("lang:EN")}; // not the language's own tag
        QCOMPARE(tags::codeCount(e), 1);
        e.tags.clear();
        QCOMPARE(tags::codeCount(e), 0);
    }

    void valueOfReadsTheFirstTagWithThePrefix()
    {
        const QStringList t {QStringLiteral("door:Main entrance"), QStringLiteral("site:HQ"), QStringLiteral("site:B")};
        QCOMPARE(tags::valueOf(t, QLatin1String("door:")), QStringLiteral("Main entrance"));
        QCOMPARE(tags::valueOf(t, QLatin1String("site:")), QStringLiteral("HQ"));
        QCOMPARE(tags::valueOf(t, QLatin1String("user:")), QString());
    }

    void prefixedTagsAreSharedAndRight()
    {
        PrefixedTagCache cache(tags::language);
        QCOMPARE(cache.tag(QString()), QString());
        const QString en = QStringLiteral("en");
        const QString first = cache.tag(en);
        QCOMPARE(first, QStringLiteral("lang:en"));
        QVERIFY(cache.tag(en).isSharedWith(first));
        QVERIFY(cache.tag(QString::fromLatin1("en")).isSharedWith(first)); // equal, not the same string
        // More values than slots: older ones are built again, never confused.
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < 20; ++i)
                QCOMPARE(cache.tag(QString::number(i)), QStringLiteral("lang:") + QString::number(i));
        QCOMPARE(cache.tag(en), QStringLiteral("lang:en"));
    }
};

QTEST_GUILESS_MAIN(TstEventTags)
#include "tst_event_tags.moc"
