// The watch list: what `watch` rules caught, newest first with pinned items on top, bounded, read and unread, in the
// rule's colour; and the rule colour every pane shares (RuleTint).
#include "../../support/model_checks.h"
#include "../../support/ui_test_events.h"
#include "models/rule_tint.h"
#include "panes/watch/watch_list_model.h"
#include "panes/watch/watch_list_pane.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QApplication>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

Rule rule(const char *name, const char *colour, bool watch)
{
    Rule r = sb::test::rule(name, "x");
    r.colour = QString::fromUtf8(colour);
    r.watch = watch;
    return r;
}

std::shared_ptr<const RuleSet> rules()
{
    return sb::test::ruleSet({rule("Plain", "", false), rule("Oil", "#ffcc00", true), rule("Doors", "#3366ff", true)});
}

Event matched(const QString &key, const QStringList &ruleNames, const QString &feed = QStringLiteral("mrn"))
{
    Event e
        = story(key, QStringLiteral("Title ") + key, {}, QStringLiteral("en"), 3, QStringLiteral("news.story"), feed);
    e.rules = ruleNames;
    return e;
}

QStringList keys(const WatchListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.eventAt(row).key);
    return out;
}

} // namespace

class TestWatchListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOnlyEventsOfWatchRulesNewestFirst()
    {
        WatchListModel model;
        const auto tester = checkModel(&model);
        model.setRules(rules());
        model.append({matched(QStringLiteral("a"), {QStringLiteral("Oil")}), matched(QStringLiteral("b"), {}),
            matched(QStringLiteral("c"), {QStringLiteral("Plain")}),
            matched(QStringLiteral("d"), {QStringLiteral("Plain"), QStringLiteral("Doors")}, QStringLiteral("salto"))});
        model.append({matched(QStringLiteral("e"), {QStringLiteral("Oil")})});
        QCOMPARE(keys(model), (QStringList {QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("a")}));
        // The first rule that watches names the item, not the first rule matched.
        QCOMPARE(model.ruleAt(1), QStringLiteral("Doors"));
        QCOMPARE(model.index(1, WatchListModel::Feed).data().toString(), QStringLiteral("salto"));
        QCOMPARE(model.index(1, WatchListModel::Rule).data().toString(), QStringLiteral("Doors"));
        QCOMPARE(model.index(1, WatchListModel::Title).data().toString(), QStringLiteral("Title d"));
    }

    void pinnedItemsStayOnTop()
    {
        WatchListModel model;
        const auto tester = checkModel(&model);
        model.setRules(rules());
        for (const char *k : {"a", "b", "c"})
            model.append({matched(QString::fromUtf8(k), {QStringLiteral("Oil")})});
        model.setPinned(2, true); // a
        QCOMPARE(keys(model), (QStringList {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        QVERIFY(model.isPinned(0));
        QVERIFY(model.index(0, WatchListModel::Time).data().toString().startsWith(QChar(0x2605)));
        model.append({matched(QStringLiteral("d"), {QStringLiteral("Oil")})});
        QCOMPARE(keys(model),
            (QStringList {QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b")}));
        model.setPinned(2, true); // c: among the pinned, newest first
        QCOMPARE(keys(model),
            (QStringList {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("b")}));
        model.setPinned(0, false); // c goes back to its place by arrival
        QCOMPARE(keys(model),
            (QStringList {QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b")}));
    }

    void unreadIsBoldAndCounted()
    {
        WatchListModel model;
        const auto tester = checkModel(&model);
        model.setRules(rules());
        QSignalSpy unread(&model, &WatchListModel::unreadChanged);
        model.append({matched(QStringLiteral("a"), {QStringLiteral("Oil")}),
            matched(QStringLiteral("b"), {QStringLiteral("Oil")})});
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(unread.last().at(0).toInt(), 2);
        QVERIFY(model.index(0, WatchListModel::Title).data(Qt::FontRole).value<QFont>().bold());
        model.setRead(0, true);
        QCOMPARE(model.unreadCount(), 1);
        QCOMPARE(unread.last().at(0).toInt(), 1);
        QVERIFY(!model.index(0, WatchListModel::Title).data(Qt::FontRole).isValid());
        // The same event again is news again.
        model.append({matched(QStringLiteral("b"), {QStringLiteral("Oil")})});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unreadCount(), 2);
        model.markAllRead();
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(unread.last().at(0).toInt(), 0);
        QVERIFY(model.isRead(0) && model.isRead(1));
    }

    void boundedDroppingTheOldestUnpinned()
    {
        WatchListModel model(3);
        const auto tester = checkModel(&model);
        model.setRules(rules());
        model.append({matched(QStringLiteral("a"), {QStringLiteral("Oil")})});
        model.setPinned(0, true);
        model.append({matched(QStringLiteral("b"), {QStringLiteral("Oil")}),
            matched(QStringLiteral("c"), {QStringLiteral("Oil")})});
        model.append({matched(QStringLiteral("d"), {QStringLiteral("Oil")}),
            matched(QStringLiteral("e"), {QStringLiteral("Oil")})});
        QCOMPARE(keys(model), (QStringList {QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("d")}));
        QCOMPARE(model.unreadCount(), 3);
        // More than fit in one batch: only the newest come in.
        EventBatch many;
        for (int i = 0; i < 10; ++i)
            many.append(matched(QStringLiteral("m%1").arg(i), {QStringLiteral("Oil")}));
        model.append(many);
        QCOMPARE(keys(model), (QStringList {QStringLiteral("a"), QStringLiteral("m9"), QStringLiteral("m8")}));
        QCOMPARE(model.unreadCount(), 3);
    }

    void anEventTwiceInOneBatchIsOneItem()
    {
        WatchListModel model;
        const auto tester = checkModel(&model);
        model.setRules(rules());
        Event again = matched(QStringLiteral("a"), {QStringLiteral("Doors")});
        again.title = "Corrected";
        model.append({matched(QStringLiteral("a"), {QStringLiteral("Oil")}),
            matched(QStringLiteral("b"), {QStringLiteral("Oil")}), again});
        QCOMPARE(keys(model), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(model.ruleAt(1), QStringLiteral("Doors"));
        QCOMPARE(model.index(1, WatchListModel::Title).data().toString(), QStringLiteral("Corrected"));
    }

    void rowsTakeTheirRulesColour()
    {
        WatchListModel model;
        model.setRules(rules());
        model.append({matched(QStringLiteral("a"), {QStringLiteral("Oil")}),
            matched(QStringLiteral("b"), {QStringLiteral("Doors")})});
        QCOMPARE(
            model.index(0, WatchListModel::Rule).data(Qt::DecorationRole).value<QColor>(), QColor(0x33, 0x66, 0xff));
        QCOMPARE(
            model.index(1, WatchListModel::Rule).data(Qt::DecorationRole).value<QColor>(), QColor(0xff, 0xcc, 0x00));
        const QColor tint = model.index(1, WatchListModel::Title).data(Qt::BackgroundRole).value<QColor>();
        QCOMPARE(tint, RuleTint::background(QColor(0xff, 0xcc, 0x00), QGuiApplication::palette()));
    }

    void paneOpensAnItemAndMarksItRead()
    {
        WatchListPane pane;
        pane.setRules(rules());
        QSignalSpy opened(&pane, &WatchListPane::storyOpened);
        QSignalSpy unread(&pane, &WatchListPane::unreadChanged);
        pane.appendEvents({matched(QStringLiteral("a"), {QStringLiteral("Oil")})});
        QCOMPARE(pane.unreadCount(), 1);
        pane.openRow(0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).value<Event>().key, QStringLiteral("a"));
        QCOMPARE(pane.unreadCount(), 0);
        QCOMPARE(unread.last().at(0).toInt(), 0);
    }

    void tintReadsOnLightAndDark()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        for (const char *name : {"#ffcc00", "#ff0000", "#0000ff", "#00ff00", "#000000", "#ffffff", "#800080"}) {
            const QColor rule = QColor::fromString(QString::fromUtf8(name));
            for (const QPalette &palette : {light, dark}) {
                const QColor bg = RuleTint::background(rule, palette);
                const QColor fg = RuleTint::foreground(bg, palette);
                QVERIFY2(RuleTint::contrast(fg, bg) >= 4.5, name);
                QVERIFY2(bg != palette.color(QPalette::Base) || rule == palette.color(QPalette::Base), name);
            }
        }
        // The first matched rule with a colour wins; rules without one are passed over.
        RuleTint tint;
        tint.setRules(rules());
        QCOMPARE(tint.colourOf({QStringLiteral("Plain"), QStringLiteral("Doors"), QStringLiteral("Oil")}),
            QColor(0x33, 0x66, 0xff));
        QVERIFY(!tint.colourOf({QStringLiteral("Plain")}).isValid());
        QVERIFY(!RuleTint::data(QColor(), Qt::BackgroundRole, 0, light).isValid());
        QCOMPARE(RuleTint::data(QColor(0x33, 0x66, 0xff), Qt::DecorationRole, 0, light).value<QColor>(),
            QColor(0x33, 0x66, 0xff));
        QVERIFY(!RuleTint::data(QColor(0x33, 0x66, 0xff), Qt::DecorationRole, 1, light).isValid());
    }
};

QTEST_MAIN(TestWatchListModel)
#include "tst_watch_list_model.moc"
