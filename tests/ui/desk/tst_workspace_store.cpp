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
        QCOMPARE(store.names(), WorkspaceStore::builtinNames());
        Workspace w;
        w.geometry = "geo";
        w.state = "state";
        w.panes.insert(QStringLiteral("pane/mrn"), "header");
        store.save(QStringLiteral("Morning / Asia"), w);
        store.save(QStringLiteral("Default"), w);
        store.setCurrent(QStringLiteral("Morning / Asia"));
        QCOMPARE(store.names(),
            (QStringList {QStringLiteral("Default"), QStringLiteral("News"), QStringLiteral("Operations"),
                QStringLiteral("Morning / Asia")}));

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

    void defaultStaysWhenAnotherIsSaved()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        WorkspaceStore store(&settings);
        store.save(QStringLiteral("Morning"), Workspace {"g", "s", {}});
        store.setCurrent(QStringLiteral("Morning"));
        QVERIFY(store.names().contains(QStringLiteral("Default")));
        QVERIFY(store.names().contains(QStringLiteral("Morning")));
    }

    void renamesTheUsersOwnOnly()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        WorkspaceStore store(&settings);
        store.save(QStringLiteral("Morning"), Workspace {"g", "s", {}});
        store.save(QStringLiteral("Evening"), Workspace {"g2", "s2", {}});
        store.save(QStringLiteral("Default"), Workspace {"g3", "s3", {}});
        store.setCurrent(QStringLiteral("Morning"));

        QVERIFY(store.rename(QStringLiteral("Morning"), QStringLiteral("Asia open")));
        QCOMPARE(store.current(), QStringLiteral("Asia open"));
        QVERIFY(!store.names().contains(QStringLiteral("Morning")));
        Workspace back;
        QVERIFY(store.load(QStringLiteral("Asia open"), &back));
        QCOMPARE(back.state, QByteArray("s"));

        QVERIFY(!store.rename(QStringLiteral("Default"), QStringLiteral("Mine")));
        QVERIFY(!store.rename(QStringLiteral("Asia open"), QStringLiteral("Evening")));
        QVERIFY(!store.rename(QStringLiteral("Asia open"), QStringLiteral("News")));
        QVERIFY(!store.rename(QStringLiteral("Asia open"), QStringLiteral("  ")));
        QVERIFY(!store.rename(QStringLiteral("Nowhere"), QStringLiteral("Somewhere")));
        QVERIFY(store.contains(QStringLiteral("Default")));
    }

    void deletingTheCurrentFallsBackToDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        WorkspaceStore store(&settings);
        store.save(QStringLiteral("Morning"), Workspace {"g", "s", {}});
        store.setCurrent(QStringLiteral("Morning"));
        store.remove(QStringLiteral("Morning"));
        QVERIFY(!store.names().contains(QStringLiteral("Morning")));
        QCOMPARE(store.current(), QStringLiteral("Default"));
        QVERIFY(WorkspaceStore::isBuiltin(QStringLiteral("Operations")));
        QVERIFY(!WorkspaceStore::isBuiltin(QStringLiteral("Morning")));
    }
};

QTEST_MAIN(TestWorkspaceStore)
#include "tst_workspace_store.moc"
