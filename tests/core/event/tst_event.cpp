#include "event/event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::Event;

class TestEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLineHasTheDesignedForm()
    {
        Event e;
        e.feed = QStringLiteral("mrn");
        e.kind = QStringLiteral("news.story");
        e.key = QStringLiteral("S8N3HX01N_2407022bOgRfybUpKc1wYY2UVcSqDJRFWWXhl+oF4+Fm");
        e.timeMs = 1719915217000; // 2024-07-02T10:13:37.000Z
        e.receivedMs = 1795323600123; // 2026-11-22T05:00:00.123Z
        e.title = QStringLiteral("Kremlin says \"very important\"").toUtf8();
        e.body = QStringLiteral("line1\nline2\t\u0001 ✓ 日本語").toUtf8();
        e.urgency = 3;
        e.tags = {QStringLiteral("N2:COM"), QStringLiteral("R:VOD.L")};
        e.attrs = "{\"story\":{\"id\":\"x\"}}";
        e.language = QStringLiteral("en"); // not part of the line
        const QByteArray line = e.toJsonLine();
        QVERIFY(!line.contains('\n'));
        QVERIFY(line.startsWith(QByteArray(
            "{\"feed\":\"mrn\",\"kind\":\"news.story\",\"key\":\"S8N3HX01N_2407022bOgRfybUpKc1wYY2UVcSqDJR")));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.keys(),
            (QStringList {QStringLiteral("attrs"), QStringLiteral("body"), QStringLiteral("feed"),
                QStringLiteral("key"), QStringLiteral("kind"), QStringLiteral("received"), QStringLiteral("tags"),
                QStringLiteral("time"), QStringLiteral("title"), QStringLiteral("urgency")}));
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2024-07-02T10:13:37.000Z"));
        QCOMPARE(o.value(QStringLiteral("received")).toString(), QStringLiteral("2026-11-22T05:00:00.123Z"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), e.titleText());
        QCOMPARE(o.value(QStringLiteral("body")).toString(), e.bodyText());
        QCOMPARE(o.value(QStringLiteral("urgency")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("attrs"))
                     .toObject()
                     .value(QStringLiteral("story"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            QStringLiteral("x"));
        // Key order is the documented one.
        QVERIFY(line.indexOf("\"time\"") < line.indexOf("\"received\""));
        QVERIFY(line.indexOf("\"tags\"") < line.indexOf("\"attrs\""));
    }

    void missingValuesAreNull()
    {
        Event e;
        e.feed = QStringLiteral("f");
        const QJsonObject o = QJsonDocument::fromJson(e.toJsonLine()).object();
        QVERIFY(o.value(QStringLiteral("urgency")).isNull());
        QVERIFY(o.value(QStringLiteral("time")).isNull());
        QVERIFY(o.value(QStringLiteral("attrs")).isObject());
    }
};

QTEST_APPLESS_MAIN(TestEvent)
#include "tst_event.moc"
