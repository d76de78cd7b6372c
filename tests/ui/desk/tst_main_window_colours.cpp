// Rules in the real window (#16): matched rows take their rule's colour in the news blotter and in a table pane,
// recolour when the rules are replaced, and the watch list gathers what `watch` rules caught from every feed and
// opens it in Details.
#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/desk_tray.h"
#include "desk/main_window.h"
#include "desk/rule_book.h"
#include "models/rule_tint.h"
#include "panes/event_table_pane.h"
#include "panes/story/story_viewer.h"
#include "panes/watch/watch_list_model.h"
#include "panes/watch/watch_list_pane.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

std::shared_ptr<const RuleSet> rulesWith(const char *oilColour)
{
    Rule oil = sb::test::rule("Oil", "oil");
    oil.colour = QString::fromUtf8(oilColour);
    oil.watch = true;
    Rule doors = sb::test::rule("Doors", "kind:door.incident");
    doors.colour = QStringLiteral("#3366ff");
    Rule quiet = sb::test::rule("Quiet", "quiet");
    quiet.watch = true;
    return sb::test::ruleSet({oil, doors, quiet});
}

Event matched(Event e, const QStringList &rules)
{
    e.rules = rules;
    return e;
}

QColor background(QTableView *view, int row)
{
    return view->model()->index(row, 1).data(Qt::BackgroundRole).value<QColor>();
}

} // namespace

class TestMainWindowColours
    : public QObject
    , public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void rowsTakeTheirRulesColourInEveryPaneAndTheWatchListGathersThem()
    {
        TestFeedSource source(allFeeds());
        MainWindowOptions o = options();
        o.rules = rulesWith("#ffcc00");
        MainWindow w(&source, nullptr, o);
        QVERIFY(showAt1280By800(w));

        const Event oilStory
            = matched(story(QStringLiteral("n1"), QStringLiteral("Oil jumps")), {QStringLiteral("Oil")});
        const Event plainStory = story(QStringLiteral("n2"), QStringLiteral("Nothing"));
        Event incident = story(QStringLiteral("d1"), QStringLiteral("door_left_open · Server room"), {}, QString(), 2,
            QStringLiteral("door.incident"), QStringLiteral("salto"));
        incident = matched(incident, {QStringLiteral("Doors"), QStringLiteral("Quiet")});
        source.push({oilStory, plainStory});
        source.push({incident});

        QTableView *news = blotter(w)->view();
        QTRY_COMPARE(news->model()->rowCount(), 2);
        const QPalette palette = QGuiApplication::palette();
        QCOMPARE(background(news, 1), RuleTint::background(QColor(0xff, 0xcc, 0x00), palette));
        QVERIFY(!news->model()->index(0, 1).data(Qt::BackgroundRole).isValid());

        auto *doors = qobject_cast<EventTablePane *>(w.pane(QStringLiteral("salto")));
        QVERIFY(doors);
        QTRY_COMPARE(doors->view()->model()->rowCount(), 1);
        QCOMPARE(background(doors->view(), 0), RuleTint::background(QColor(0x33, 0x66, 0xff), palette));
        QCOMPARE(
            doors->view()->model()->index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0x33, 0x66, 0xff));

        // Replaced rules repaint what is on screen.
        w.ruleBook()->setRules(rulesWith("#cc0000"));
        QCOMPARE(background(news, 1), RuleTint::background(QColor(0xcc, 0x00, 0x00), palette));

        // Both feeds' watched events, newest first, each with its watch rule.
        WatchListPane *watch = w.watchList();
        QVERIFY(watch);
        QVERIFY(w.dockFor(watch));
        QCOMPARE(w.dockFor(watch)->windowTitle(), QStringLiteral("Watch list"));
        WatchListModel *model = watch->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->eventAt(0).key, QStringLiteral("d1"));
        QCOMPARE(model->ruleAt(0), QStringLiteral("Quiet"));
        QCOMPARE(model->eventAt(1).key, QStringLiteral("n1"));
        QCOMPARE(model->ruleAt(1), QStringLiteral("Oil"));
        QCOMPARE(watch->unreadCount(), 2);
        QCOMPARE(w.tray()->unreadWatch(), 2); // the tray's tooltip and badge count them

        // Opening an item puts it in Details, as the feed panes do.
        QSignalSpy unread(watch, &WatchListPane::unreadChanged);
        watch->view()->setCurrentIndex(model->index(1, WatchListModel::Title));
        Q_EMIT watch->view()->activated(model->index(1, WatchListModel::Title));
        QCOMPARE(w.storyViewer()->story().key, QStringLiteral("n1"));
        QCOMPARE(watch->unreadCount(), 1);
        QCOMPARE(unread.last().at(0).toInt(), 1);
        QCOMPARE(w.tray()->unreadWatch(), 1);
    }

    void resetLayoutTabsTheWatchListBesideDetails()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showAt1280By800(w));
        QDockWidget *watch = w.dockFor(w.watchList());
        QDockWidget *details = w.dockFor(w.storyViewer());
        watch->setFloating(true);
        w.resetLayout();
        QVERIFY(!watch->isFloating());
        QVERIFY(w.tabifiedDockWidgets(details).contains(watch));
        QCOMPARE(w.dockWidgetArea(watch), w.dockWidgetArea(details));
    }
};

QTEST_MAIN(TestMainWindowColours)
#include "tst_main_window_colours.moc"
