#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/feed_monitor.h"
#include "desk/main_window.h"
#include "panes/alerts/alert_subscription_dialog.h"
#include "panes/alerts/alerts_pane.h"
#include "panes/mrn/blotter_pane.h"
#include "panes/pubsub/message_composer.h"
#include "panes/pubsub/topic_inspector_pane.h"
#include "widgets/box_label.h"
#include "widgets/feed_indicator.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

// Issue #20, "the first ten minutes": what the desk calls things (service names, not config types), the alerts
// pane's boxes, and export feedback, each driven through the real window.
class TestMainWindowNames
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private:
    static QStringList tabTexts(const QMainWindow &w)
    {
        QStringList out;
        for (const QTabBar *bar : w.findChildren<QTabBar *>())
            for (int i = 0; i < bar->count(); ++i)
                out << bar->tabText(i);
        return out;
    }

    static EventBatch stories()
    {
        return {
            story(QStringLiteral("a"), QStringLiteral("Vodafone cuts outlook"),
                {QStringLiteral("R:VOD.L"), QStringLiteral("N2:COM")}, QStringLiteral("en"), 1),
            story(QStringLiteral("b"), QStringLiteral("Banks rally"),
                {QStringLiteral("R:BARC.L"), QStringLiteral("R:LLOY.L"), QStringLiteral("N2:BACT")},
                QStringLiteral("en"), 3),
            story(
                QStringLiteral("c"), QStringLiteral("Oil steady"), {QStringLiteral("N2:CRU")}, QStringLiteral("en"), 3),
        };
    }

private Q_SLOTS:
    void docksAndIndicatorsNameTheServices()
    {
        TestFeedSource source(allFeeds(QStringLiteral("london-opera")));
        MainWindow w(&source, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QHash<QString, QString> titles {{QStringLiteral("mrn"), QStringLiteral("LSEG News (MRN)")},
            {QStringLiteral("alerts"), QStringLiteral("News alerts")},
            {QStringLiteral("salto"), QStringLiteral("Door incidents (Salto)")},
            // A name the user chose that says more than the type stays visible.
            {QStringLiteral("london-opera"), QStringLiteral("Hotel events (OPERA) — london-opera")},
            {QStringLiteral("pubsub"), QStringLiteral("Topic inspector")}};
        const QStringList tabs = tabTexts(w);
        for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
            QDockWidget *dock = w.dockFor(w.pane(it.key()));
            QVERIFY2(dock, qPrintable(it.key()));
            QCOMPARE(dock->windowTitle(), it.value());
            QVERIFY2(tabs.contains(it.value()), qPrintable(tabs.join(QLatin1Char('|'))));
        }
        for (const QString &tab : tabs)
            for (const QString &internal : {QStringLiteral("mrn"), QStringLiteral("pubsub"), QStringLiteral("salto ")})
                QVERIFY2(!tab.startsWith(internal), qPrintable(tab));

        source.state(QStringLiteral("mrn"), FeedState::Live);
        w.monitor()->tick();
        const QHash<QString, QString> labels {{QStringLiteral("mrn"), QStringLiteral("News (MRN) ")},
            {QStringLiteral("alerts"), QStringLiteral("Alerts ")},
            {QStringLiteral("salto"), QStringLiteral("Doors (Salto) ")},
            {QStringLiteral("london-opera"), QStringLiteral("Hotel (OPERA) — london-opera ")},
            {QStringLiteral("pubsub"), QStringLiteral("Topics (Pub/Sub) ")}};
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            FeedIndicator *indicator = w.indicator(it.key());
            QVERIFY2(indicator->isVisible(), qPrintable(it.key()));
            QVERIFY2(indicator->text().startsWith(it.value()), qPrintable(indicator->text()));
            QVERIFY2(indicator->toolTip().contains(titles.value(it.key())), qPrintable(indicator->toolTip()));
        }
        QVERIFY(w.indicator(QStringLiteral("mrn"))->text().contains(QStringLiteral("Live")));
        // The indicator still opens its feed's diagnostics by the feed's own name.
        QSignalSpy clicked(w.indicator(QStringLiteral("london-opera")), &FeedIndicator::clicked);
        QTest::mouseClick(w.indicator(QStringLiteral("london-opera")), Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("london-opera"));
        w.close();
    }

    void theTopicComposerShowsNoErrorBeforeTyping()
    {
        TestFeedSource source({{QStringLiteral("pubsub"), QStringLiteral("pubsub")}});
        MainWindow w(&source, nullptr, options());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *pane = qobject_cast<TopicInspectorPane *>(w.pane(QStringLiteral("pubsub")));
        QVERIFY(pane);
        MessageComposer *composer = pane->composer();
        QCOMPARE(composer->validationText(), QString());
        QVERIFY(!composer->sendButton()->isEnabled());
        QPlainTextEdit *payload = composer->payloadEdit();
        QTest::mouseClick(payload->viewport(), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(payload));
        QCOMPARE(composer->validationText(), QString()); // focus alone is not typing
        QTest::keyClicks(payload, QStringLiteral("{\"a\":"));
        QVERIFY2(
            composer->validationText().contains(QStringLiteral("not JSON")), qPrintable(composer->validationText()));
        QTest::keyClicks(payload, QStringLiteral("1}"));
        QVERIFY2(
            composer->validationText().contains(QStringLiteral("valid JSON")), qPrintable(composer->validationText()));
        // Erased after typing: now the empty payload is worth saying.
        QTest::keyClick(payload, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(payload, Qt::Key_Delete);
        QCOMPARE(payload->toPlainText(), QString());
        QCOMPARE(composer->validationText(), QStringLiteral("Empty payload"));
        w.close();
    }

    void theAlertsPaneKeepsTheSubscriptionInADialog()
    {
        TestFeedSource source({{QStringLiteral("alerts"), QStringLiteral("alerts")}});
        MainWindow w(&source, nullptr, options());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *pane = qobject_cast<AlertsPane *>(w.pane(QStringLiteral("alerts")));
        QVERIFY(pane);
        // Two boxes on screen, each saying what it does.
        QStringList roles;
        for (QLineEdit *edit : pane->findChildren<QLineEdit *>())
            if (edit->isVisible()) {
                roles << BoxLabel::of(edit);
                QVERIFY2(edit->placeholderText().startsWith(BoxLabel::of(edit)), qPrintable(edit->placeholderText()));
            }
        roles.sort();
        QCOMPARE(roles, (QStringList {QStringLiteral("Filter shown rows"), QStringLiteral("Search history")}));
        // The subscription's fields open from one button, and Escape puts them away unchanged.
        AlertSubscriptionDialog *dialog = pane->subscriptionDialog();
        QVERIFY(!dialog->isVisible());
        QTest::mouseClick(pane->subscriptionButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->codesEdit()->isVisible());
        QTest::keyClicks(dialog->codesEdit(), QStringLiteral("VOD.L"));
        QTest::keyClick(dialog->codesEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(pane->subscriptionButton()->isEnabled()); // nothing was sent
        w.close();
    }

    void exportSaysWhereItWroteAndHowManyRows()
    {
        TestFeedSource source({{QStringLiteral("mrn"), QStringLiteral("mrn")}});
        MainWindowOptions o = options();
        QString suggested;
        QString answer = filePath(QStringLiteral("picked.csv"));
        o.askExportPath = [&](const QString &, const QString &path, const QString &) {
            suggested = path;
            return answer;
        };
        MainWindow w(&source, nullptr, o);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        source.push(stories());
        auto *pane = qobject_cast<BlotterPane *>(w.pane(QStringLiteral("mrn")));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->view()));
        QTest::keyClick(pane->view(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(pane->view(), Qt::Key_E, Qt::ControlModifier);
        // The dialog starts in the documents folder, with a file name ready.
        QCOMPARE(QFileInfo(suggested).absolutePath(),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absolutePath());
        QVERIFY2(QFileInfo(suggested).fileName().startsWith(QStringLiteral("mrn-")), qPrintable(suggested));
        QVERIFY2(suggested.endsWith(QStringLiteral(".csv")), qPrintable(suggested));
        QTRY_COMPARE(w.statusBar()->currentMessage(),
            QStringLiteral("Exported 3 rows to %1").arg(QDir::toNativeSeparators(answer)));
        QFile file(answer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(
            csv.startsWith("time,received,feed,kind,key,urgency,language,provider,headline,rics,subjects,body\r\n"));
        QVERIFY2(csv.contains(",BARC.L LLOY.L,N2:BACT,"), csv.constData());

        // A file that cannot be written says so, with the path.
        answer = filePath(QStringLiteral("no-such-dir/out.csv"));
        QTest::keyClick(pane->view(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY2(w.statusBar()->currentMessage().startsWith(
                         QStringLiteral("Could not export to %1: ").arg(QDir::toNativeSeparators(answer))),
            qPrintable(w.statusBar()->currentMessage()));
        w.close();
    }
};

QTEST_MAIN(TestMainWindowNames)
#include "tst_main_window_names.moc"
