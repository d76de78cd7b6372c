#include "../../support/model_checks.h"
#include "../../support/ui_test_events.h"
#include "models/rule_tint.h"
#include "panes/mrn/blotter_model.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestBlotterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchIsOneInsertionNewestFirst()
    {
        BlotterModel model(100);
        const auto tester = checkModel(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendEvents(numbered(0, 10));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 9);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), int(BlotterModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, BlotterModel::Headline)).toString(), QStringLiteral("Story 9"));
        QCOMPARE(model.data(model.index(9, BlotterModel::Headline)).toString(), QStringLiteral("Story 0"));
        model.appendEvents(numbered(10, 5));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.data(model.index(0, BlotterModel::Headline)).toString(), QStringLiteral("Story 14"));
        QCOMPARE(model.rowOfKey(QStringLiteral("k0")), 14);
    }

    void ringDropsOldestWhenFull()
    {
        BlotterModel model(50);
        const auto tester = checkModel(&model);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 10; ++i)
            model.appendEvents(numbered(i * 7, 7));
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(removed.count() > 0);
        QCOMPARE(model.data(model.index(0, BlotterModel::Headline)).toString(), QStringLiteral("Story 69"));
        QCOMPARE(model.data(model.index(49, BlotterModel::Headline)).toString(), QStringLiteral("Story 20"));
        QCOMPARE(model.rowOfKey(QStringLiteral("k19")), -1); // dropped rows leave the index too
        QCOMPARE(model.rowOfKey(QStringLiteral("k20")), 49);
        // The ring wrapped several times; every row still reads back whole.
        for (int row = 0; row < 50; ++row)
            QCOMPARE(model.eventAt(row).key, QStringLiteral("k%1").arg(69 - row));
    }

    void batchLargerThanCapacityKeepsNewest()
    {
        BlotterModel model(8);
        const auto tester = checkModel(&model);
        model.appendEvents(numbered(0, 3));
        model.appendEvents(numbered(3, 20));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.eventAt(0).key, QStringLiteral("k22"));
        QCOMPARE(model.eventAt(7).key, QStringLiteral("k15"));
    }

    void changedVersionReplacesItsRow()
    {
        BlotterModel model(100);
        const auto tester = checkModel(&model);
        model.appendEvents(numbered(0, 5));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy replaced(&model, &BlotterModel::rowsReplaced);
        Event update = story(QStringLiteral("k1"), QStringLiteral("Story 1, updated"));
        update.urgency = 1;
        model.appendEvents({update});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(replaced.count(), 1);
        const int row = model.rowOfKey(QStringLiteral("k1"));
        QCOMPARE(row, 3);
        QCOMPARE(model.data(model.index(row, BlotterModel::Headline)).toString(), QStringLiteral("Story 1, updated"));
        QCOMPARE(model.data(model.index(row, BlotterModel::Urgency)).toString(), QStringLiteral("1"));
        QVERIFY(model.data(model.index(row, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!model.data(model.index(0, 0), Qt::BackgroundRole).isValid());
    }

    void keyRepeatedInsideBatchIsOneRowWithLastContent()
    {
        BlotterModel model(100);
        const auto tester = checkModel(&model);
        EventBatch batch = numbered(0, 3);
        batch.append(story(QStringLiteral("k0"), QStringLiteral("Story 0 v2")));
        model.appendEvents(batch);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.eventAt(model.rowOfKey(QStringLiteral("k0"))).titleText(), QStringLiteral("Story 0 v2"));
    }

    void eventRoundTripsThroughTheRing()
    {
        BlotterModel model(10);
        Event e = story(QStringLiteral("guid-1"), QStringLiteral("مرحبا بالعالم"),
            {QStringLiteral("R:VOD.L"), QStringLiteral("N2:COM"), QStringLiteral("R:BARC.L")}, QStringLiteral("ar"), 1,
            QStringLiteral("news.analytics"));
        e.body = "body \xe2\x9c\x93";
        model.appendEvents({e});
        const Event back = model.eventAt(0);
        QCOMPARE(back.key, e.key);
        QCOMPARE(back.title, e.title);
        QCOMPARE(back.body, e.body);
        QCOMPARE(back.attrs, e.attrs);
        QCOMPARE(back.tags, e.tags);
        QCOMPARE(back.language, e.language);
        QCOMPARE(back.source, e.source);
        QCOMPARE(back.kind, e.kind);
        QCOMPARE(back.urgency, 1);
        QCOMPARE(back.timeMs, e.timeMs);
        QCOMPARE(back.receivedMs, e.receivedMs);
        QCOMPARE(back.toJsonLine(), e.toJsonLine());
        QCOMPARE(model.displayText(0, BlotterModel::Subjects), QStringLiteral("VOD.L BARC.L"));
        QCOMPARE(model.displayText(0, BlotterModel::Type), QStringLiteral("analytics"));
        QCOMPARE(model.displayText(0, BlotterModel::Provider), QStringLiteral("RTRS"));
        QCOMPARE(model.displayText(0, BlotterModel::Language), QStringLiteral("ar"));
    }

    void clearAndCapacityChange()
    {
        BlotterModel model(20);
        const auto tester = checkModel(&model);
        model.appendEvents(numbered(0, 30));
        model.setCapacity(5);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.eventAt(0).key, QStringLiteral("k29"));
        model.setCapacity(40);
        model.appendEvents(numbered(30, 10));
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.eventAt(14).key, QStringLiteral("k25"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfKey(QStringLiteral("k29")), -1);
        model.appendEvents(numbered(100, 3));
        QCOMPARE(model.rowCount(), 3);
    }

    void clearHidesRowsUntilUndo()
    {
        BlotterModel model(10);
        const auto tester = checkModel(&model);
        model.appendEvents(numbered(0, 6));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.clearedCount(), 6);
        QCOMPARE(model.rowOfKey(QStringLiteral("k5")), -1);
        model.appendEvents(numbered(6, 6)); // two hidden rows drop, unseen
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.clearedCount(), 4);
        // What the pane counts again on Undo: the hidden rows still held, oldest first.
        const EventBatch hidden = model.clearedEvents();
        QCOMPARE(hidden.size(), 4);
        QCOMPARE(hidden.first().key, QStringLiteral("k2"));
        QCOMPARE(hidden.last().key, QStringLiteral("k5"));
        model.undoClear();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.eventAt(0).key, QStringLiteral("k11"));
        QCOMPARE(model.eventAt(9).key, QStringLiteral("k2"));
        QCOMPARE(model.rowOfKey(QStringLiteral("k5")), 6);
        model.clear();
        model.forgetCleared();
        model.undoClear();
        QCOMPARE(model.rowCount(), 0);
        model.appendEvents(numbered(20, 2));
        QCOMPARE(model.rowCount(), 2);
    }

    void rowTakesTheColourOfItsFirstColouredRuleAndRecolours()
    {
        auto rulesOf = [](const char *colour) {
            Rule plain = sb::test::rule("Plain", "x");
            Rule oil = sb::test::rule("Oil", "x");
            oil.colour = QString::fromUtf8(colour);
            return sb::test::ruleSet({plain, oil});
        };
        BlotterModel model(10);
        RuleTint tint;
        tint.setRules(rulesOf("#ffcc00"));
        model.setRuleTint(&tint);
        Event hit = story(QStringLiteral("a"), QStringLiteral("Oil up"));
        hit.rules = QStringList {QStringLiteral("Plain"), QStringLiteral("Oil")};
        Event alert = story(QStringLiteral("b"), QStringLiteral("Alert"), {}, QStringLiteral("en"), 1);
        model.appendEvents({hit, story(QStringLiteral("c"), QStringLiteral("Nothing")), alert});
        const QPalette palette = QGuiApplication::palette();
        // Newest first: b (urgency 1, no rule), c, a.
        QCOMPARE(model.index(2, BlotterModel::Headline).data(Qt::BackgroundRole).value<QColor>(),
            RuleTint::background(QColor(0xff, 0xcc, 0x00), palette));
        QCOMPARE(model.index(2, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0xff, 0xcc, 0x00));
        QVERIFY(!model.index(1, BlotterModel::Headline).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, BlotterModel::Headline).data(Qt::BackgroundRole).isValid()); // the urgency highlight
        QCOMPARE(model.eventAt(2).rules, hit.rules);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        tint.setRules(rulesOf("#3366ff"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(2, BlotterModel::Headline).data(Qt::BackgroundRole).value<QColor>(),
            RuleTint::background(QColor(0x33, 0x66, 0xff), palette));
    }
};

QTEST_MAIN(TestBlotterModel)
#include "tst_blotter_model.moc"
