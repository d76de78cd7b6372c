#include "desk/feed_pane.h"
#include "desk/pane_registry.h"
#include "panes/builtin_panes.h"
#include "panes/mrn/blotter_pane.h"

#include <QTest>

using namespace sb::ui;

class TestPaneRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsPanesByTypeWithFallback()
    {
        PaneRegistry registry;
        PaneContext context;
        context.feedName = QStringLiteral("news");
        context.feedType = QStringLiteral("mrn");
        QVERIFY(!registry.create(context, nullptr));
        registerBuiltinPanes(registry);
        QVERIFY(registry.contains(QStringLiteral("mrn")));
        std::unique_ptr<FeedPane> pane(registry.create(context, nullptr));
        QVERIFY(qobject_cast<BlotterPane *>(pane.get()));
        QCOMPARE(pane->feedName(), QStringLiteral("news"));

        int custom = 0;
        registry.add(QStringLiteral("alerts"), [&custom](const PaneContext &c, QWidget *parent) -> FeedPane * {
            ++custom;
            return new BlotterPane(c, parent);
        });
        context.feedType = QStringLiteral("alerts");
        pane.reset(registry.create(context, nullptr));
        QCOMPARE(custom, 1);
        context.feedType = QStringLiteral("unknown");
        pane.reset(registry.create(context, nullptr));
        QVERIFY(pane); // the fallback blotter
        QCOMPARE(custom, 1);
    }
};

QTEST_MAIN(TestPaneRegistry)
#include "tst_pane_registry.moc"
