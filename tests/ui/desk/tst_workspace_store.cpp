#include "desk/workspace_store.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::ui;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesLoadsAndLists()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        WorkspaceStore store(&settings);
        QCOMPARE(store.current(), QStringLiteral("Default"));
        QVERIFY(store.names().isEmpty());
        Workspace w;
        w.geometry = "geo";
        w.state = "state";
        w.panes.insert(QStringLiteral("pane/mrn"), "header");
        store.save(QStringLiteral("Morning / Asia"), w);
        store.save(QStringLiteral("Default"), w);
        store.setCurrent(QStringLiteral("Morning / Asia"));
        QCOMPARE(store.names(), (QStringList {QStringLiteral("Default"), QStringLiteral("Morning / Asia")}));

        WorkspaceStore again(&settings);
        Workspace back;
        QVERIFY(again.load(QStringLiteral("Morning / Asia"), &back));
        QCOMPARE(back.geometry, QByteArray("geo"));
        QCOMPARE(back.state, QByteArray("state"));
        QCOMPARE(back.panes.value(QStringLiteral("pane/mrn")), QByteArray("header"));
        QCOMPARE(again.current(), QStringLiteral("Morning / Asia"));
        again.remove(QStringLiteral("Default"));
        QVERIFY(!again.load(QStringLiteral("Default"), &back));
    }
};

QTEST_MAIN(TestWorkspaceStore)
#include "tst_workspace_store.moc"
