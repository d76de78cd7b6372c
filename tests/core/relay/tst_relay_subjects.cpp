#include "relay/relay_subjects.h"

#include <QTest>

using namespace sb;

class TestRelaySubjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventSubjectIsFeedThenKind()
    {
        Event e;
        e.feed = QStringLiteral("doors");
        e.kind = QStringLiteral("door.entry");
        e.key = QStringLiteral("42");
        QCOMPARE(RelaySubjects::forEvent(e), QByteArray("sb.doors.door.entry"));
        QCOMPARE(RelaySubjects::messageId(e), QByteArray("doors/42"));
        QCOMPARE(RelaySubjects::forStatus(e.feed), QByteArray("sb.status.doors"));
    }

    void aNameNeverBecomesAWildcardOrAnEmptyToken()
    {
        Event e;
        e.feed = QStringLiteral("hotel.london *>");
        e.kind = QStringLiteral(".a..b.");
        QCOMPARE(RelaySubjects::forEvent(e), QByteArray("sb.hotel_london___._.a._.b._"));
        e.kind.clear();
        QCOMPARE(RelaySubjects::forEvent(e), QByteArray("sb.hotel_london___._"));
    }
};

QTEST_GUILESS_MAIN(TestRelaySubjects)
#include "tst_relay_subjects.moc"
