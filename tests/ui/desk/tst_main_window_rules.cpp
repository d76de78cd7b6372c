// Edit → Rules… and "Save filter as rule…" from the real window: the dialog previews against the events the desk
// received, and its Save applies the rules to the desk's RuleBook and to the feeds' source at once.
#include "../support/menu_driver.h"
#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/main_window.h"
#include "desk/rule_book.h"
#include "dialogs/rules_dialog.h"
#include "panes/event_table_pane.h"
#include "rules/rule_set.h"
#include "rules/rules_file.h"
#include "test_rules.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

// Records the rules the window hands to the feeds.
class RecordingSource : public TestFeedSource
{
public:
    using TestFeedSource::TestFeedSource;
    void setRules(std::shared_ptr<const RuleSet> rules) override { handed.append(std::move(rules)); }
    QVector<std::shared_ptr<const RuleSet>> handed;
};

std::shared_ptr<const RuleSet> oilRule()
{
    Rule rule = sb::test::rule("Oil", "oil");
    return sb::test::ruleSet({rule});
}

} // namespace

class TestMainWindowRules
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void saveAppliesTheRulesToTheDeskAndTheFeeds()
    {
        RecordingSource source(mrnFeed());
        MainWindowOptions o = options();
        o.rules = oilRule();
        o.rulesPath = filePath(QStringLiteral("rules.json"));
        MainWindow w(&source, nullptr, o);
        showActive(w);
        EventBatch batch = numbered(0, 3);
        batch[1].title = "Oil jumps";
        source.push(batch);
        QCOMPARE(w.recentEvents().size(), 3);

        QVERIFY(clickMenuItem(&w, QStringLiteral("&Edit"), QStringLiteral("rules")));
        RulesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<RulesDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->rules().size(), 1);
        QTRY_COMPARE(dialog->findChild<QLabel *>(QStringLiteral("preview"))->text(),
            QStringLiteral("Would have matched 1 of the last 3 events."));

        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Crude"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_COMPARE(source.handed.size(), 1);
        QVERIFY(source.handed.first()->find(QStringLiteral("Crude")));
        QVERIFY(w.ruleBook()->find(QStringLiteral("Crude")));
        QVERIFY(!w.ruleBook()->find(QStringLiteral("Oil")));
        QString error;
        const auto written = RulesFile::read(o.rulesPath, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->first().name, QStringLiteral("Crude"));
    }

    void saveFilterAsRulePrefillsTheQuery()
    {
        TestFeedSource source(mrnFeed());
        MainWindowOptions o = options();
        o.rules = oilRule();
        MainWindow w(&source, nullptr, o);
        showActive(w);
        auto *pane = qobject_cast<EventTablePane *>(w.pane(QStringLiteral("mrn")));
        QVERIFY(pane);
        pane->setFilterText(QStringLiteral("R:VOD.L urgency:1"));
        QCOMPARE(pane->filterText(), QStringLiteral("R:VOD.L urgency:1"));

        // From the pane: its filter box's context menu.
        pane->saveFilterAsRuleAction()->trigger();
        RulesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<RulesDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->rules().size(), 2);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("query"))->text(), QStringLiteral("R:VOD.L urgency:1"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("R:VOD.L urgency:1"));
        dialog->reject();
        QTRY_VERIFY(!w.findChild<RulesDialog *>());
        QVERIFY(w.ruleBook()->find(QStringLiteral("Oil")));
        QVERIFY(!w.ruleBook()->find(QStringLiteral("R:VOD.L urgency:1")));

        // From the Edit menu, for the active pane.
        pane->setFilterText(QStringLiteral("lang:de"));
        QVERIFY(clickMenuItem(&w, QStringLiteral("&Edit"), QStringLiteral("saveFilterAsRule")));
        QTRY_VERIFY((dialog = w.findChild<RulesDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("query"))->text(), QStringLiteral("lang:de"));
        dialog->reject();
    }
};

QTEST_MAIN(TestMainWindowRules)
#include "tst_main_window_rules.moc"
