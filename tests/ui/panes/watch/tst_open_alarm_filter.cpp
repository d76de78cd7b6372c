// The watch list's "Open alarms" view: off, every item; on, only items whose event is an open alarm, following each
// change of the open set and each new item, under QAbstractItemModelTester.
#include "../../support/model_checks.h"
#include "../../support/ui_test_events.h"
#include "panes/watch/open_alarm_filter.h"
#include "panes/watch/watch_list_model.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

std::shared_ptr<const RuleSet> rules()
{
    Rule watch = sb::test::rule("Watch", "x");
    watch.watch = true;
    Rule alarm = sb::test::rule("Alarm", "x");
    alarm.requireAck = true; // not a watch rule: its events are on the list all the same
    return sb::test::ruleSet({watch, alarm});
}

Event matched(const QString &key, const QString &rule)
{
    Event e = story(key, QStringLiteral("Title ") + key, {}, QString(), 2, QStringLiteral("door.incident"),
        QStringLiteral("salto"));
    e.rules = {rule};
    return e;
}

QStringList keys(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, WatchListModel::Title).data().toString().mid(6));
    return out;
}

} // namespace

class TestOpenAlarmFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsOnlyOpenAlarmsWhenOn()
    {
        WatchListModel model;
        model.setRules(rules());
        OpenAlarmFilter filter(&model);
        const auto tester = checkModel(&filter);
        model.append({matched(QStringLiteral("a"), QStringLiteral("Watch")),
            matched(QStringLiteral("b"), QStringLiteral("Alarm")),
            matched(QStringLiteral("c"), QStringLiteral("Alarm"))});
        QCOMPARE(keys(filter), (QStringList {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));

        filter.setOpenAlarms({EventId {QStringLiteral("salto"), QStringLiteral("b")},
            EventId {QStringLiteral("salto"), QStringLiteral("c")}});
        QCOMPARE(filter.rowCount(), 3); // off: the set changes nothing
        filter.setOnlyOpenAlarms(true);
        QCOMPARE(keys(filter), (QStringList {QStringLiteral("c"), QStringLiteral("b")}));

        // An alarm closed elsewhere leaves the view; the same key on another feed is another alarm.
        filter.setOpenAlarms({EventId {QStringLiteral("salto"), QStringLiteral("b")},
            EventId {QStringLiteral("opera"), QStringLiteral("c")}});
        QCOMPARE(keys(filter), QStringList {QStringLiteral("b")});

        // A new item of an open alarm shows at once, in its place.
        filter.setOpenAlarms({EventId {QStringLiteral("salto"), QStringLiteral("b")},
            EventId {QStringLiteral("salto"), QStringLiteral("d")}});
        model.append({matched(QStringLiteral("d"), QStringLiteral("Alarm")),
            matched(QStringLiteral("e"), QStringLiteral("Watch"))});
        QCOMPARE(keys(filter), (QStringList {QStringLiteral("d"), QStringLiteral("b")}));

        // One alarm at a time, as the board reports changes: closed leaves, raised joins, the same twice is no change.
        filter.setAlarmOpen(EventId {QStringLiteral("salto"), QStringLiteral("b")}, false);
        QCOMPARE(keys(filter), QStringList {QStringLiteral("d")});
        QSignalSpy reset(&filter, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        filter.setAlarmOpen(EventId {QStringLiteral("salto"), QStringLiteral("b")}, false);
        QCOMPARE(reset.size() + removed.size(), 0);
        filter.setAlarmOpen(EventId {QStringLiteral("salto"), QStringLiteral("c")}, true);
        QCOMPARE(keys(filter), (QStringList {QStringLiteral("d"), QStringLiteral("c")}));

        filter.setOnlyOpenAlarms(false);
        QCOMPARE(filter.rowCount(), 5);
    }
};

QTEST_MAIN(TestOpenAlarmFilter)
#include "tst_open_alarm_filter.moc"
