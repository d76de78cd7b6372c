#include "../../support/model_checks.h"
#include "../../support/ui_pane_context.h"
#include "panes/alerts/alert_subscription_dialog.h"
#include "panes/alerts/alerts_pane.h"

#include "desk/feed_source.h"
#include "panes/mrn/blotter_pane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

// Records the pane's commands and answers them when the test says so.
class CommandSource : public FeedSource
{
    Q_OBJECT
public:
    QVector<FeedInfo> feeds() const override { return {}; }
    bool sendCommand(const QString &feed, const QJsonObject &command) override
    {
        sent.append({feed, command});
        return true;
    }
    void answer(const QString &feed, const QJsonObject &result) { Q_EMIT commandResult(feed, result); }
    QJsonObject lastOf(const QString &op) const
    {
        for (auto it = sent.crbegin(); it != sent.crend(); ++it)
            if (it->second.value(QStringLiteral("op")).toString() == op)
                return it->second;
        return {};
    }
    QList<QPair<QString, QJsonObject>> sent;
};

Event alert(const QString &key, const QString &headline, int urgency)
{
    Event e;
    e.feed = QStringLiteral("alerts");
    e.kind = QStringLiteral("alert.headline");
    e.key = key;
    e.receivedMs = 1700000000000;
    e.timeMs = e.receivedMs - 100;
    e.title = headline.toUtf8();
    e.urgency = urgency;
    e.language = QStringLiteral("en");
    e.tags = {QStringLiteral("R:VOD.L")};
    e.attrs = "{}";
    return e;
}

} // namespace

class TestAlertsPane : public QObject
{
    Q_OBJECT

private:
    static PaneContext context(CommandSource *source) { return paneContext(QStringLiteral("alerts"), source); }

private Q_SLOTS:
    void alertsShowNewestFirstInTheBlotter()
    {
        CommandSource source;
        AlertsPane pane(context(&source));
        auto *shown = qobject_cast<QSortFilterProxyModel *>(pane.findChild<QTableView *>()->model());
        QVERIFY(shown);
        const auto shownChecks = checkModel(shown);
        const auto rowChecks = checkModel(shown->sourceModel());
        pane.appendEvents({alert(QStringLiteral("a"), QStringLiteral("FIRST"), 3)});
        pane.appendEvents({alert(QStringLiteral("b"), QStringLiteral("FLASH: SECOND"), 1)});
        QTRY_COMPARE(pane.eventCount(), 2);
        QCOMPARE(pane.title(), QStringLiteral("News alerts"));
        // The first alert was selected as it came; K moves to the newer one above it.
        QSignalSpy selected(&pane, &FeedPane::storySelected);
        pane.moveSelection(-1);
        QTRY_COMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().value<Event>().titleText(), QStringLiteral("FLASH: SECOND"));
        pane.setFilterText(QStringLiteral("flash"));
        QTRY_COMPARE(shown->rowCount(), 1);
        pane.clear();
        QTRY_COMPARE(shown->rowCount(), 0);
        pane.undoClear();
        QTRY_COMPARE(shown->rowCount(), 1);
    }

    void filterEditorSendsTheServiceFilter()
    {
        CommandSource source;
        AlertsPane pane(context(&source));
        // The subscription's fields are in a dialog, not beside the pane's filter and search boxes.
        AlertSubscriptionDialog *dialog = pane.subscriptionDialog();
        QVERIFY(!dialog->isVisible());
        pane.show();
        QTest::mouseClick(pane.subscriptionButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->isVisible());
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("en")));
        dialog->urgencyBox()->setValue(1);
        dialog->codesEdit()->setText(QStringLiteral("VOD.L, N2:TEL"));
        dialog->textEdit()->setText(QStringLiteral("stake"));
        dialog->anyBox()->setChecked(true);
        QTest::mouseClick(dialog->subscribeButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        const QJsonObject command = source.lastOf(QStringLiteral("setFilter"));
        QVERIFY(!command.isEmpty());
        QVERIFY(!pane.subscriptionButton()->isEnabled()); // until the feed answers
        const QJsonObject filter = command.value(QStringLiteral("filter")).toObject();
        QCOMPARE(filter.value(QStringLiteral("operator")).toString(), QStringLiteral("or"));
        const QJsonArray operands = filter.value(QStringLiteral("operands")).toArray();
        QCOMPARE(operands.size(), 5);
        QCOMPARE(operands.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("L:en"));
        QCOMPARE(operands.at(2).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("R:VOD.L"));
        QCOMPARE(operands.at(3).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("N2:TEL"));
        source.answer(QStringLiteral("alerts"),
            {{QStringLiteral("op"), QStringLiteral("setFilter")},
                {QStringLiteral("id"), command.value(QStringLiteral("id"))}, {QStringLiteral("ok"), true}});
        QVERIFY(pane.subscriptionButton()->isEnabled());
    }

    void queueStatusShowsPollInFlightAndCountdown()
    {
        CommandSource source;
        AlertsPane pane(context(&source));
        const qint64 now = 1700000000000;
        const QJsonObject filter = QJsonDocument::fromJson("{\"type\":\"operator\",\"operator\":\"and\","
                                                           "\"operands\":[{\"type\":\"language\",\"value\":\"L:fr\"}]}")
                                       .object();
        pane.showStatus(
            {{QStringLiteral("queue"), QStringLiteral("sqs-edsalerts-main-prod-usersqs-1")},
                {QStringLiteral("subscriptionId"), QStringLiteral("1")}, {QStringLiteral("polling"), true},
                {QStringLiteral("lastPollMs"), double(now - 3000)}, {QStringLiteral("inFlight"), 4},
                {QStringLiteral("quarantined"), 1}, {QStringLiteral("credentialsRenewAtMs"), double(now + 125000)},
                {QStringLiteral("filter"), filter}},
            now);
        const QString text = pane.queueText();
        QVERIFY2(text.contains(QStringLiteral("polling")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("last poll 3 s ago")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("4 in flight")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 quarantined")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2:05")), qPrintable(text));
        // The editor shows the subscription's filter, and the pane says what it is.
        QCOMPARE(pane.subscriptionDialog()->languageBox()->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(pane.subscriptionText(), QStringLiteral("Subscribed to: fr"));
        pane.showStatus({}, now);
        QCOMPARE(pane.queueText(), QStringLiteral("no subscription"));
    }

    void feedStateIsShownAndStatusIsAskedFor()
    {
        CommandSource source;
        AlertsPane pane(context(&source));
        pane.show();
        Q_EMIT source.feedStateChanged(
            QStringLiteral("alerts"), FeedState::Reconnecting, QStringLiteral("polling failed: 503"));
        QVERIFY(pane.stateText().contains(QStringLiteral("polling failed: 503")));
        Q_EMIT source.feedStateChanged(QStringLiteral("other"), FeedState::Failed, QStringLiteral("nope"));
        QVERIFY(!pane.stateText().contains(QStringLiteral("nope")));
        QTRY_VERIFY_WITH_TIMEOUT(!source.lastOf(QStringLiteral("status")).isEmpty(), 3000);
    }
};

QTEST_MAIN(TestAlertsPane)
#include "tst_alerts_pane.moc"
