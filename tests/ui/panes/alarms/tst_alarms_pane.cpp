// The Alarms pane: open alarms first, the open-only toggle, transitions with the operator's note through the real
// buttons, refusals with their reason, and a double-click asking for the alarm's event. Time is the test's own.
#include "../../support/model_checks.h"
#include "alarms/alarm_board.h"
#include "panes/alarms/alarm_table_model.h"
#include "panes/alarms/alarms_pane.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace sb;
using namespace sb::ui;

namespace {

constexpr qint64 kStart = 1'780'000'000'000;

Rule ackRule()
{
    Rule r;
    r.name = QStringLiteral("Door alarm");
    r.query = QStringLiteral("severity:high");
    r.requireAck = true;
    return r;
}

Event incident(int n)
{
    Event e;
    e.feed = QStringLiteral("salto");
    e.kind = QStringLiteral("door.incident");
    e.key = QStringLiteral("d-%1").arg(n);
    e.timeMs = kStart + n;
    e.receivedMs = kStart + n;
    e.title = QStringLiteral("forced_door · Door %1").arg(n).toUtf8();
    e.rules = {QStringLiteral("Door alarm")};
    return e;
}

} // namespace

class TestAlarmsPane : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = kStart;
    AlarmClock clock()
    {
        return [this] { return m_now; };
    }
    static QString cell(const AlarmsPane &pane, int row, int column)
    {
        return pane.model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void init() { m_now = kStart; }

    void openAlarmsComeFirstAndTheToggleHidesClosedOnes()
    {
        AlarmBoard board(nullptr, clock());
        board.setRules({ackRule()});
        board.setOperator(QStringLiteral("kim"));
        board.load();
        AlarmsPane pane(&board, clock());
        const auto tester = test::checkModel(pane.model());
        for (int n = 1; n <= 3; ++n) {
            m_now += 1000;
            board.addEvents({incident(n)});
        }
        QCOMPARE(pane.model()->rowCount(), 3);
        // Newest raised first among the new ones.
        QCOMPARE(cell(pane, 0, AlarmTableModel::Title), QStringLiteral("forced_door · Door 3"));
        QVERIFY(board.investigate(AlarmId {QStringLiteral("salto"), QStringLiteral("d-3")}, {}));
        QVERIFY(board.close(AlarmId {QStringLiteral("salto"), QStringLiteral("d-3")}, QStringLiteral("false alarm")));
        QVERIFY(board.acknowledge(AlarmId {QStringLiteral("salto"), QStringLiteral("d-1")}, {}));
        QCOMPARE(cell(pane, 0, AlarmTableModel::Title), QStringLiteral("forced_door · Door 2"));
        QCOMPARE(cell(pane, 0, AlarmTableModel::State), QStringLiteral("New"));
        QCOMPARE(cell(pane, 1, AlarmTableModel::State), QStringLiteral("Acknowledged"));
        QCOMPARE(cell(pane, 2, AlarmTableModel::State), QStringLiteral("Closed"));
        QVERIFY(cell(pane, 2, AlarmTableModel::LastChange).startsWith(QStringLiteral("kim at ")));
        QVERIFY(cell(pane, 2, AlarmTableModel::LastChange).endsWith(QStringLiteral("— false alarm")));

        pane.openOnlyToggle()->click();
        QVERIFY(pane.openOnlyToggle()->isChecked());
        QCOMPARE(pane.model()->rowCount(), 2);
        QCOMPARE(pane.model()->rowOf(AlarmId {QStringLiteral("salto"), QStringLiteral("d-3")}), -1);
        pane.openOnlyToggle()->click();
        QCOMPARE(pane.model()->rowCount(), 3);
    }

    void acknowledgingWithANoteRecordsTheOperator()
    {
        AlarmBoard board(nullptr, clock());
        board.setRules({ackRule()});
        board.setOperator(QStringLiteral("kim"));
        board.load();
        AlarmsPane pane(&board, clock());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        board.addEvents({incident(1)});
        const AlarmId id {QStringLiteral("salto"), QStringLiteral("d-1")};
        pane.select(id);
        m_now += 30'000;
        QTest::keyClicks(pane.noteEdit(), QStringLiteral("guard sent"));
        QTest::mouseClick(pane.acknowledgeButton(), Qt::LeftButton);
        const AlarmRecord *a = board.book().find(id);
        QCOMPARE(a->state, QStringLiteral("acknowledged"));
        QCOMPARE(a->transitions.constLast().who, QStringLiteral("kim"));
        QCOMPARE(a->transitions.constLast().note, QStringLiteral("guard sent"));
        QCOMPARE(a->transitions.constLast().atMs, m_now);
        QVERIFY(pane.noteEdit()->text().isEmpty());
        QCOMPARE(cell(pane, 0, AlarmTableModel::State), QStringLiteral("Acknowledged"));
        QVERIFY(cell(pane, 0, AlarmTableModel::LastChange).endsWith(QStringLiteral("— guard sent")));
        // The row stays selected through the re-sort, so the next action applies to it.
        QCOMPARE(pane.selected().key, QStringLiteral("d-1"));

        // Acknowledging twice is refused, with the reason, and the typed note is kept for another try.
        QTest::keyClicks(pane.noteEdit(), QStringLiteral("again"));
        QTest::mouseClick(pane.acknowledgeButton(), Qt::LeftButton);
        QVERIFY(!pane.message().isEmpty());
        QCOMPARE(pane.noteEdit()->text(), QStringLiteral("again"));
        QCOMPARE(board.book().find(id)->transitions.size(), a->transitions.size());

        // Close goes through and clears the refusal.
        QTest::mouseClick(pane.closeButton(), Qt::LeftButton);
        QCOMPARE(board.book().find(id)->state, QStringLiteral("closed"));
        QVERIFY(pane.message().isEmpty());
    }

    void snoozeUsesTheInjectedClock()
    {
        AlarmBoard board(nullptr, clock());
        board.setRules({ackRule()});
        board.load();
        AlarmsPane pane(&board, clock());
        board.addEvents({incident(1)});
        const AlarmId id {QStringLiteral("salto"), QStringLiteral("d-1")};
        pane.select(id);
        const QList<QAction *> spans = pane.snoozeButton()->menu()->actions();
        QVERIFY(spans.size() >= 3);
        spans.at(1)->trigger(); // 15 minutes
        QCOMPARE(board.book().find(id)->state, QStringLiteral("snoozed"));
        QCOMPARE(board.book().find(id)->snoozedUntilMs, kStart + 15 * 60 * 1000);
    }

    void doubleClickAsksForTheEvent()
    {
        AlarmBoard board(nullptr, clock());
        board.setRules({ackRule()});
        board.load();
        AlarmsPane pane(&board, clock());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        board.addEvents({incident(7)});
        QSignalSpy requested(&pane, &AlarmsPane::eventRequested);
        const QRect rect = pane.view()->visualRect(pane.model()->index(0, AlarmTableModel::Title));
        QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(pane.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<AlarmId>().key, QStringLiteral("d-7"));
    }
};

QTEST_MAIN(TestAlarmsPane)
#include "tst_alarms_pane.moc"
