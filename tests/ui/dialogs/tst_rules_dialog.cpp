// The Rules dialog driven by keys and clicks: the query's error shown live, names kept unique, the preview counted
// off the GUI thread, Save writing the file and handing over the compiled rules, import and export.
#include "../support/dialog_screenshot.h"
#include "../support/ui_test_events.h"
#include "dialogs/rules_dialog.h"
#include "rules/rule_set.h"
#include "rules/rules_file.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

Rule rule(const char *name, const char *query, const char *colour = "")
{
    Rule r;
    r.name = QString::fromUtf8(name);
    r.query = QString::fromUtf8(query);
    r.colour = QString::fromUtf8(colour);
    return r;
}

template<typename T>
T *child(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QPushButton *saveButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Save);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

EventBatch sample()
{
    return {
        story(QStringLiteral("1"), QStringLiteral("Oil rises"), {QStringLiteral("R:2222.SE")}, QStringLiteral("en"), 1),
        story(QStringLiteral("2"), QStringLiteral("Oil falls"), {}, QStringLiteral("en"), 3),
        story(QStringLiteral("3"), QStringLiteral("Gold steady")),
        story(QStringLiteral("4"), QStringLiteral("Rate cut")),
        story(
            QStringLiteral("5"), QStringLiteral("OIL output"), {QStringLiteral("R:2222.SE")}, QStringLiteral("en"), 2)};
}

} // namespace

class TestRulesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheRulesWithTheirEnableToggle()
    {
        Rule off = rule("Gold", "gold");
        off.enabled = false;
        RulesDialog dialog({rule("Oil", "oil", "#ffcc00"), off}, {});
        auto *list = child<QListWidget>(&dialog, "rulesList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Oil"));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Oil"));

        list->item(1)->setCheckState(Qt::Checked);
        QVERIFY(dialog.rules().at(1).enabled);
        list->setCurrentRow(1);
        QVERIFY(child<QCheckBox>(&dialog, "enabled")->isChecked());
    }

    void theQueryErrorIsShownLiveAndStopsSave()
    {
        RulesDialog dialog({rule("Oil", "oil")}, {});
        dialog.show();
        auto *query = child<QLineEdit>(&dialog, "query");
        auto *problem = child<QWidget>(&dialog, "queryBox")->findChild<QLabel *>(QStringLiteral("filterProblem"));
        QVERIFY(problem->isHidden());
        QVERIFY(saveButton(&dialog)->isEnabled());

        retype(query, QStringLiteral("oil urgency:x"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("urgency:x")), qPrintable(problem->text()));
        QVERIFY(!saveButton(&dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "problem")->text().contains(QStringLiteral("\"Oil\"")));

        QTest::keyClick(query, Qt::Key_Backspace);
        QTest::keyClicks(query, QStringLiteral("1-2"));
        QVERIFY(problem->isHidden());
        QVERIFY(saveButton(&dialog)->isEnabled());
        QCOMPARE(dialog.rules().first().query, QStringLiteral("oil urgency:1-2"));
    }

    void aRepeatedNameIsRefusedWithAClearMessage()
    {
        RulesDialog dialog({rule("Oil", "oil"), rule("Gold", "gold")}, {});
        dialog.show();
        QSignalSpy saved(&dialog, &RulesDialog::saved);
        child<QListWidget>(&dialog, "rulesList")->setCurrentRow(1);
        retype(child<QLineEdit>(&dialog, "name"), QStringLiteral("Oil"));
        auto *problem = child<QLabel>(&dialog, "problem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("already called \"Oil\"")), qPrintable(problem->text()));
        QVERIFY(!saveButton(&dialog)->isEnabled());
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved.count(), 0);

        // Duplicate proposes a free name.
        QTest::keyClick(child<QLineEdit>(&dialog, "name"), Qt::Key_Backspace);
        QVERIFY(saveButton(&dialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "duplicate"), Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 3);
        QCOMPARE(dialog.rules().at(2).name, QStringLiteral("Oi (copy)"));
        QCOMPARE(dialog.rules().at(2).query, QStringLiteral("gold"));
        QVERIFY(saveButton(&dialog)->isEnabled());
    }

    void thePreviewCountsTheRecentEvents()
    {
        RulesDialog::Context context;
        context.recentEvents = sample();
        Rule oil = rule("Oil", "oil", "#ffcc00");
        oil.sound = QStringLiteral("chime");
        oil.watch = true;
        Rule doors = rule("Door alarms", "kind:door.incident urgency:1-2", "#ff5050");
        doors.requireAck = true;
        doors.repeatSec = 30;
        Rule gold = rule("Gold", "gold");
        gold.enabled = false;
        RulesDialog dialog({oil, doors, gold}, context);
        dialog.show();
        auto *preview = child<QLabel>(&dialog, "preview");
        QTRY_COMPARE(preview->text(), QStringLiteral("Would have matched 3 of the last 5 events."));
        retype(child<QLineEdit>(&dialog, "query"), QStringLiteral("oil R:2222.SE urgency:1-2"));
        QTRY_COMPARE(preview->text(), QStringLiteral("Would have matched 2 of the last 5 events."));
        QTest::keyClicks(child<QLineEdit>(&dialog, "query"), QStringLiteral(" -rises"));
        QTRY_COMPARE(preview->text(), QStringLiteral("Would have matched 1 of the last 5 events."));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("screenshot-rules.png")));
    }

    void addMoveAndDeleteKeepTheOrder()
    {
        RulesDialog dialog({rule("A", "a"), rule("B", "b")}, {});
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "add"), Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 3);
        QCOMPARE(dialog.currentRow(), 1);
        QCOMPARE(dialog.rules().at(1).name, QStringLiteral("New rule"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("C"));
        QCOMPARE(dialog.rules().at(1).name, QStringLiteral("C"));
        QTest::mouseClick(child<QPushButton>(&dialog, "moveDown"), Qt::LeftButton);
        QCOMPARE(dialog.rules().at(2).name, QStringLiteral("C"));
        QVERIFY(!child<QPushButton>(&dialog, "moveDown")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "moveUp"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "moveUp"), Qt::LeftButton);
        QCOMPARE(dialog.rules().at(0).name, QStringLiteral("C"));
        QCOMPARE(dialog.rules().at(1).name, QStringLiteral("A"));
        QTest::mouseClick(child<QPushButton>(&dialog, "delete"), Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 2);
        QCOMPARE(dialog.rules().at(0).name, QStringLiteral("A"));
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("A"));
    }

    void saveWritesTheFileAndHandsOverTheRules()
    {
        QTemporaryDir dir;
        RulesDialog::Context context;
        context.rulesPath = dir.filePath(QStringLiteral("rules.json"));
        RulesDialog dialog({rule("Oil", "oil")}, context);
        dialog.show();
        QSignalSpy saved(&dialog, &RulesDialog::saved);
        QTest::mouseClick(child<QPushButton>(&dialog, "add"), Qt::LeftButton);
        retype(child<QLineEdit>(&dialog, "name"), QStringLiteral("Doors"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "query"), QStringLiteral("kind:door.incident"));
        QTest::mouseClick(child<QCheckBox>(&dialog, "requireAck"), Qt::LeftButton);
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!dialog.isVisible());

        const auto rules = saved.at(0).at(0).value<std::shared_ptr<const RuleSet>>();
        QVERIFY(rules);
        QCOMPARE(rules->size(), 2);
        QVERIFY(rules->find(QStringLiteral("Doors")));
        QVERIFY(rules->find(QStringLiteral("Doors"))->requireAck);
        QString error;
        const auto written = RulesFile::read(context.rulesPath, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->size(), 2);
        QCOMPARE(written->at(1).name, QStringLiteral("Doors"));
        QCOMPARE(written->at(1).query, QStringLiteral("kind:door.incident"));
        QVERIFY(written->at(1).requireAck);
    }

    void aFilterBecomesANewRule()
    {
        RulesDialog dialog({rule("Oil", "oil")}, {});
        dialog.addRuleFor(QStringLiteral("R:VOD.L lang:en"));
        QCOMPARE(dialog.rules().size(), 2);
        QCOMPARE(dialog.currentRow(), 1);
        QCOMPARE(child<QLineEdit>(&dialog, "query")->text(), QStringLiteral("R:VOD.L lang:en"));
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("R:VOD.L lang:en"));
        dialog.addRuleFor(QStringLiteral("R:VOD.L lang:en"));
        QCOMPARE(dialog.rules().at(2).name, QStringLiteral("R:VOD.L lang:en 2"));
    }

    void exportsAndImportsRulesFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exported.json"));
        RulesDialog::Context context;
        QStringList asked;
        context.askPath = [&](const QString &, const QString &, const QString &, bool forSaving) {
            asked << (forSaving ? QStringLiteral("save") : QStringLiteral("open"));
            return path;
        };
        RulesDialog first({rule("Oil", "oil", "#ffcc00"), rule("Gold", "gold")}, context);
        first.show();
        QSignalSpy exported(&first, &RulesDialog::fileDone);
        QTest::mouseClick(child<QPushButton>(&first, "export"), Qt::LeftButton);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY2(exported.at(0).at(0).toString().startsWith(QStringLiteral("Exported 2")),
            qPrintable(exported.at(0).at(0).toString()));

        RulesDialog second({rule("Other", "x")}, context);
        second.show();
        QSignalSpy imported(&second, &RulesDialog::fileDone);
        QTest::mouseClick(child<QPushButton>(&second, "import"), Qt::LeftButton);
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(second.rules().size(), 2);
        QCOMPARE(second.rules().at(0).name, QStringLiteral("Oil"));
        QCOMPARE(second.rules().at(0).colour, QStringLiteral("#ffcc00"));
        QCOMPARE(asked, QStringList({QStringLiteral("save"), QStringLiteral("open")}));

        // A file that does not load changes nothing and says why.
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"rules":[{"name":"x","query":"urgency:x"}]})");
        bad.close();
        QTest::mouseClick(child<QPushButton>(&second, "import"), Qt::LeftButton);
        QTRY_COMPARE(imported.count(), 2);
        QVERIFY2(imported.at(1).at(0).toString().contains(QStringLiteral("urgency:x")),
            qPrintable(imported.at(1).at(0).toString()));
        QCOMPARE(second.rules().size(), 2);
    }
};

QTEST_MAIN(TestRulesDialog)
#include "tst_rules_dialog.moc"
