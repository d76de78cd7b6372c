// The tray icon: shown for close-to-tray or for rules that notify or watch, its tooltip and badge counting unread
// watch items and open alarms, and nothing at all where the desktop has no tray.
#include "desk/desk_tray.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>

using namespace sb::ui;

namespace {

// The colour in the badge's disc, at the right of the top-right disc, clear of the count.
QColor badgeColour(const QSystemTrayIcon *icon)
{
    const QImage image = icon->icon().pixmap(32, 32).toImage();
    return image.isNull() ? QColor() : image.pixelColor(image.width() - 3, 10);
}

// The desk's icon stand-in: plain grey, so the badge is the only colour.
QIcon greyIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::gray);
    return QIcon(pixmap);
}

} // namespace

class TestDeskTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { DeskTray::setAvailableForTesting(std::nullopt); }

    void shownForRulesOrCloseToTray()
    {
        DeskTray::setAvailableForTesting(true);
        QWidget window;
        DeskTray tray(&window);
        QVERIFY(!tray.isShown());
        tray.setWantedByRules(true);
        QVERIFY(tray.isShown());
        QVERIFY(!tray.isEnabled()); // closing still quits
        tray.setEnabled(true);
        tray.setWantedByRules(false);
        QVERIFY(tray.isShown());
        tray.setEnabled(false);
        QVERIFY(!tray.isShown());
    }

    void tooltipAndBadgeCountWatchItemsAndAlarms()
    {
        DeskTray::setAvailableForTesting(true);
        QWidget window;
        window.setWindowIcon(greyIcon());
        DeskTray tray(&window);
        tray.setWantedByRules(true);
        const QString plain = tray.icon()->toolTip();
        QCOMPARE(badgeColour(tray.icon()), QColor(Qt::gray));

        tray.setCounts(3, 0);
        QCOMPARE(tray.unreadWatch(), 3);
        QVERIFY2(tray.icon()->toolTip().contains(QLatin1String("3 unread")), qPrintable(tray.icon()->toolTip()));
        QVERIFY(!tray.icon()->toolTip().contains(QLatin1String("alarm")));
        const QColor watch = badgeColour(tray.icon());
        QVERIFY(watch.blue() > watch.red() + 100);

        tray.setCounts(3, 2);
        QVERIFY2(tray.icon()->toolTip().contains(QLatin1String("2 open alarms")), qPrintable(tray.icon()->toolTip()));
        const QColor alarm = badgeColour(tray.icon());
        QVERIFY(alarm.red() > alarm.blue() + 100); // an open alarm turns the badge red

        tray.setCounts(0, 0);
        QCOMPARE(tray.icon()->toolTip(), plain);
        QCOMPARE(badgeColour(tray.icon()), QColor(Qt::gray));
    }

    void aClickOnTheNotificationIsPassedOn()
    {
        DeskTray::setAvailableForTesting(true);
        QWidget window;
        DeskTray tray(&window);
        QSignalSpy clicked(&tray, &DeskTray::notificationClicked);
        Q_EMIT tray.icon()->messageClicked();
        QCOMPARE(clicked.count(), 1);
    }

    void withoutATrayNothingIsShown()
    {
        DeskTray::setAvailableForTesting(false);
        QWidget window;
        DeskTray tray(&window);
        tray.setWantedByRules(true);
        tray.setEnabled(true);
        QVERIFY(!tray.isShown());
        QVERIFY(!tray.isEnabled());
        tray.setCounts(4, 1); // still counted, never shown
        tray.showNotification(QStringLiteral("Oil"), QStringLiteral("Saudi output rises"));
        QVERIFY(!tray.isShown());
    }
};

QTEST_MAIN(TestDeskTray)
#include "tst_desk_tray.moc"
