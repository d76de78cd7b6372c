#include "../../support/model_checks.h"
#include "../../support/ui_test_events.h"
#include "panes/mrn/blotter_filter_model.h"
#include "panes/mrn/blotter_model.h"

#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestBlotterFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterAppliesToShownAndArrivingRows()
    {
        BlotterModel model(1000);
        BlotterFilterModel proxy;
        proxy.setBlotterModel(&model);
        const auto tester = checkModel(&proxy);
        const auto sourceTester = checkModel(&model);
        EventBatch batch;
        for (int i = 0; i < 100; ++i)
            batch.append(story(QStringLiteral("k%1").arg(i), QStringLiteral("Story %1").arg(i),
                {i % 2 ? QStringLiteral("R:VOD.L") : QStringLiteral("R:BARC.L")},
                i % 4 == 0 ? QStringLiteral("de") : QStringLiteral("en"), i % 10 == 0 ? 1 : 3));
        model.appendEvents(batch);
        QCOMPARE(proxy.rowCount(), 100);

        proxy.setFilterText(QStringLiteral("R:VOD.L"));
        QCOMPARE(proxy.rowCount(), 50);
        proxy.setFilterText(QStringLiteral("R:VOD.L lang:en"));
        QCOMPARE(proxy.rowCount(), 50); // odd numbers are never multiples of 4
        proxy.setFilterText(QStringLiteral("urgency:1"));
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setFilterText(QStringLiteral("lang:de urgency:1"));
        QCOMPARE(proxy.rowCount(), 5);

        // Arriving rows are filtered as they come.
        EventBatch more;
        more.append(story(QStringLiteral("x1"), QStringLiteral("Alert"), {}, QStringLiteral("de"), 1));
        more.append(story(QStringLiteral("x2"), QStringLiteral("Plain"), {}, QStringLiteral("de"), 3));
        model.appendEvents(more);
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(proxy.index(0, BlotterModel::Headline).data().toString(), QStringLiteral("Alert"));

        // A replacement that stops matching leaves the view.
        Event calmer = story(QStringLiteral("x1"), QStringLiteral("Alert, downgraded"), {}, QStringLiteral("de"), 3);
        model.appendEvents({calmer});
        QCOMPARE(proxy.rowCount(), 5);

        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 102);
    }

    void sortsWithoutDisturbingTheRing()
    {
        BlotterModel model(50);
        BlotterFilterModel proxy;
        proxy.setBlotterModel(&model);
        const auto tester = checkModel(&proxy);
        EventBatch batch = numbered(0, 30);
        for (int i = 0; i < batch.size(); ++i)
            batch[i].urgency = i % 3 + 1;
        model.appendEvents(batch);
        proxy.sort(BlotterModel::Urgency, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, BlotterModel::Urgency).data().toString(), QStringLiteral("1"));
        proxy.sort(BlotterModel::Headline, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, BlotterModel::Headline).data().toString(), QStringLiteral("Story 0"));
        // Inserting and dropping while sorted keeps the proxy consistent (the tester checks every signal).
        for (int i = 0; i < 5; ++i)
            model.appendEvents(numbered(100 + i * 20, 20));
        QCOMPARE(proxy.rowCount(), 50);
        proxy.sort(-1);
        QCOMPARE(proxy.index(0, BlotterModel::Headline).data().toString(), QStringLiteral("Story 199"));
    }

    void staysAValidModelThroughClearUndoAndCapacity()
    {
        BlotterModel model(40);
        BlotterFilterModel proxy;
        proxy.setBlotterModel(&model);
        const auto modelChecks = checkModel(&model);
        const auto proxyChecks = checkModel(&proxy);
        proxy.setFilterText(QStringLiteral("story"));
        proxy.sort(BlotterModel::Headline, Qt::AscendingOrder);
        model.appendEvents(numbered(0, 30));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        model.appendEvents(numbered(30, 5));
        QCOMPARE(proxy.rowCount(), 5);
        model.undoClear();
        QCOMPARE(proxy.rowCount(), 35);
        model.setCapacity(10);
        QCOMPARE(proxy.rowCount(), 10);
        QCOMPARE(proxy.index(0, BlotterModel::Headline).data().toString(), QStringLiteral("Story 25"));
        proxy.setFilterText(QStringLiteral("Story"));
        model.clear();
        model.forgetCleared();
        model.undoClear();
        QCOMPARE(proxy.rowCount(), 0);
        model.appendEvents(numbered(100, 50));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 10);
    }
};

QTEST_MAIN(TestBlotterFilterModel)
#include "tst_blotter_filter_model.moc"
