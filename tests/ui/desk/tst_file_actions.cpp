// The File menu on its own: its items and keys as the README lists them, each command handed on as a signal, and
// Open configuration… asking for the file where the last one was.
#include "../support/menu_driver.h"
#include "../support/ui_write_file.h"
#include "desk/file_actions.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::ui;
using namespace sb::ui::test;

class TestFileActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QAction *named(const QMenu &menu, const QString &label)
    {
        for (QAction *a : menu.actions())
            if (a->text().remove(QLatin1Char('&')) == label)
                return a;
        return nullptr;
    }

private Q_SLOTS:
    void itemsKeysAndSignals()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("file.ini")), QSettings::IniFormat);
        QWidget window;
        QMenu menu;
        FileActions file(&menu, &settings, &window);
        QCOMPARE(menu.findChild<QAction *>(QStringLiteral("openConfiguration"))->shortcut(),
            QKeySequence(QKeySequence::Open));
        QCOMPARE(file.exportCsv()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        QCOMPARE(file.exportJsonLines()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));

        QSignalSpy exports(&file, &FileActions::exportRequested);
        file.exportCsv()->trigger();
        file.exportJsonLines()->trigger();
        QCOMPARE(exports.size(), 2);
        QCOMPARE(exports.at(0).at(0).value<EventExporter::Format>(), EventExporter::Format::Csv);
        QCOMPARE(exports.at(1).at(0).value<EventExporter::Format>(), EventExporter::Format::JsonLines);

        QSignalSpy demo(&file, &FileActions::startDemoRequested);
        QSignalSpy edit(&file, &FileActions::editFeedsRequested);
        QSignalSpy quit(&file, &FileActions::quitRequested);
        QSignalSpy credentials(&file, &FileActions::credentialsRequested);
        menu.findChild<QAction *>(QStringLiteral("startDemo"))->trigger();
        menu.findChild<QAction *>(QStringLiteral("editFeeds"))->trigger();
        menu.findChild<QAction *>(QStringLiteral("credentials"))->trigger();
        named(menu, QStringLiteral("Quit"))->trigger();
        QCOMPARE(demo.size(), 1);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(quit.size(), 1);
        QCOMPARE(credentials.size(), 1);
    }

    void openConfigurationStartsWhereTheLastOneWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("desk.json"));
        QVERIFY(writeFile(path, "{\"feeds\": []}"));
        QSettings settings(m_dir.filePath(QStringLiteral("open.ini")), QSettings::IniFormat);
        QWidget window;
        QMenu menu;
        FileActions file(&menu, &settings, &window);
        QSignalSpy open(&file, &FileActions::openConfigurationRequested);
        QAction *action = menu.findChild<QAction *>(QStringLiteral("openConfiguration"));

        whenModal<QFileDialog>([](QFileDialog *d) { d->reject(); });
        action->trigger();
        QCOMPARE(open.size(), 0);
        QVERIFY(!settings.contains(QStringLiteral("ui/configDir")));

        QString startedIn;
        whenModal<QFileDialog>([path, &startedIn](QFileDialog *d) {
            startedIn = d->directory().absolutePath();
            answerFileDialog(d, path);
        });
        action->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(QFileInfo(open.first().first().toString()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        QCOMPARE(settings.value(QStringLiteral("ui/configDir")).toString(), QFileInfo(path).absolutePath());

        whenModal<QFileDialog>([&startedIn](QFileDialog *d) {
            startedIn = d->directory().absolutePath();
            d->reject();
        });
        action->trigger();
        QCOMPARE(QFileInfo(startedIn).canonicalFilePath(), QFileInfo(m_dir.path()).canonicalFilePath());
    }
};

QTEST_MAIN(TestFileActions)
#include "tst_file_actions.moc"
