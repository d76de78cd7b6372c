// `switchboard-cli alarms` as a user runs it, over a history the store wrote.
#include "cli_run.h"
#include "store/event_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

using Run = test::FinishedCliRun;
using test::runCliToEnd;

AlarmRecord alarm(const QString &key, const QString &state)
{
    AlarmRecord a;
    a.feed = QStringLiteral("salto");
    a.key = key;
    a.rule = QStringLiteral("Door incidents");
    a.title = QStringLiteral("Door forced open");
    a.raisedMs = 1'700'000'000'000;
    a.transitions = {{QStringLiteral("new"), QStringLiteral("switchboard"), a.raisedMs, QStringLiteral("raised")}};
    if (state != QLatin1String("new"))
        a.transitions.append({state, QStringLiteral("ops-anna"), a.raisedMs + 1000, QStringLiteral("on it")});
    a.state = state;
    return a;
}

} // namespace

class TestAlarmsCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void listsOpenAlarms()
    {
        const QString path = m_dir.filePath(QStringLiteral("history.sqlite"));
        {
            EventStore store;
            StoreOptions o;
            o.path = path;
            store.open(o);
            AlarmRecord snoozed = alarm(QStringLiteral("E1"), QStringLiteral("snoozed"));
            snoozed.snoozedUntilMs = snoozed.raisedMs + 60'000;
            store.saveAlarm(snoozed);
            store.saveAlarm(alarm(QStringLiteral("E2"), QStringLiteral("closed")));
            bool saved = false;
            store.saveAlarm(alarm(QStringLiteral("E3"), QStringLiteral("new")), this, [&](bool ok) { saved = ok; });
            QTRY_VERIFY_WITH_TIMEOUT(saved, 60'000);
        }
        const Run open
            = runCliToEnd({QStringLiteral("alarms"), QStringLiteral("--open"), QStringLiteral("--history"), path});
        QCOMPARE(open.exitCode, 0);
        QCOMPARE(open.lines.size(), 2);
        const QJsonObject &first = open.lines.first();
        QCOMPARE(first.value(QStringLiteral("feed")).toString(), QStringLiteral("salto"));
        QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("E1"));
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("Door incidents"));
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Door forced open"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));
        QCOMPARE(first.value(QStringLiteral("raised")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
        QCOMPARE(first.value(QStringLiteral("snoozedUntil")).toString(), QStringLiteral("2023-11-14T22:14:20.000Z"));
        const QJsonArray steps = first.value(QStringLiteral("transitions")).toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject step = steps.at(1).toObject();
        QCOMPARE(step.value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));
        QCOMPARE(step.value(QStringLiteral("who")).toString(), QStringLiteral("ops-anna"));
        QCOMPARE(step.value(QStringLiteral("at")).toString(), QStringLiteral("2023-11-14T22:13:21.000Z"));
        QCOMPARE(step.value(QStringLiteral("note")).toString(), QStringLiteral("on it"));
        QCOMPARE(open.lines.at(1).value(QStringLiteral("key")).toString(), QStringLiteral("E3"));
        QVERIFY(!open.lines.at(1).contains(QStringLiteral("snoozedUntil")));

        const Run all = runCliToEnd({QStringLiteral("alarms"), QStringLiteral("--history"), path});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.lines.size(), 3);
    }

    void missingHistoryExits2()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
        const Run run = runCliToEnd({QStringLiteral("alarms"), QStringLiteral("--history"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.lines.isEmpty());
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }

    void unreadableHistoryExits2()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const Run run
            = runCliToEnd({QStringLiteral("alarms"), QStringLiteral("--open"), QStringLiteral("--history"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.lines.isEmpty());
        QVERIFY2(!run.err.isEmpty(), "no error printed");
    }
};

QTEST_GUILESS_MAIN(TestAlarmsCommand)
#include "tst_alarms_command.moc"
