// The desk's last events for the Rules dialog's preview: a ring that keeps the newest, oldest first.
#include "../support/ui_test_events.h"
#include "desk/recent_events.h"

#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

QStringList keys(const EventBatch &events)
{
    QStringList out;
    for (const Event &e : events)
        out << e.key;
    return out;
}

} // namespace

class TestRecentEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsTheNewestOldestFirst()
    {
        RecentEvents recent(3);
        recent.append(numbered(0, 2));
        QCOMPARE(keys(recent.snapshot()), QStringList({QStringLiteral("k0"), QStringLiteral("k1")}));
        recent.append(numbered(2, 2));
        QCOMPARE(recent.size(), 3);
        QCOMPARE(
            keys(recent.snapshot()), QStringList({QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
        recent.append(numbered(4, 1));
        QCOMPARE(
            keys(recent.snapshot()), QStringList({QStringLiteral("k2"), QStringLiteral("k3"), QStringLiteral("k4")}));
    }

    void aBurstLargerThanTheRingLeavesItsNewest()
    {
        RecentEvents recent(3);
        recent.append(numbered(0, 1));
        recent.append(numbered(1, 10));
        QCOMPARE(
            keys(recent.snapshot()), QStringList({QStringLiteral("k8"), QStringLiteral("k9"), QStringLiteral("k10")}));
    }
};

QTEST_MAIN(TestRecentEvents)
#include "tst_recent_events.moc"
