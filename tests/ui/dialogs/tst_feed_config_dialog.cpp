#include "config/config_document.h"
#include "dialogs/feed_config_dialog.h"
#include "pipeline/feed_registry.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace sb;
using namespace sb::ui;

namespace {

QJsonObject alerts(const QString &name, const QJsonObject &extra = {})
{
    QJsonObject feed {{QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("alerts")},
        {QStringLiteral("tokenUrl"), QStringLiteral("https://id.example.com/token")},
        {QStringLiteral("clientId"), QStringLiteral("desk")},
        {QStringLiteral("clientSecret"), QStringLiteral("env:SB_TEST_FEED_DIALOG_SECRET")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        feed.insert(it.key(), it.value());
    return feed;
}

QJsonObject document(const QJsonArray &feeds)
{
    return QJsonObject {
        {QStringLiteral("feeds"), feeds}, {QStringLiteral("ui"), QJsonObject {{QStringLiteral("blotterRows"), 500}}}};
}

int rowOf(QTableWidget *table, const QString &key)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == key)
            return r;
    return -1;
}

// Types into the cell as a user does: select it, F2, replace the text, Enter.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

class TestFeedConfigDialog : public QObject
{
    Q_OBJECT
private:
    template<typename T>
    static T *child(QDialog &d, const char *name)
    {
        T *w = d.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinFeeds();
        qputenv("SB_TEST_FEED_DIALOG_SECRET", "s3cret");
    }

    void aWrongValueIsShownBesideItsKeyAndFixingItClearsIt()
    {
        FeedConfigDialog dialog(
            document({alerts(QStringLiteral("alerts"), {{QStringLiteral("waitTimeSeconds"), QStringLiteral("soon")}})}),
            FeedRegistry::instance().types(), &ConfigDocument::check);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *keys = child<QTableWidget>(dialog, "feedKeys");
        const int row = rowOf(keys, QStringLiteral("waitTimeSeconds"));
        QVERIFY(row >= 0);
        QVERIFY2(keys->item(row, 2)->text().contains(QStringLiteral("must be a number")),
            qPrintable(keys->item(row, 2)->text()));
        QVERIFY(keys->item(rowOf(keys, QStringLiteral("clientId")), 2)->text().isEmpty());
        QCOMPARE(child<QListWidget>(dialog, "feedList")->item(0)->toolTip(), QStringLiteral("This feed has problems"));

        typeIntoCell(keys, row, 1, QStringLiteral("5"));
        // The delegate commits an Enter on the next turn of the event loop.
        QTRY_VERIFY(keys->item(row, 2)->text().isEmpty());
        QVERIFY(dialog.isVisible()); // Enter in a cell never saves
        QVERIFY(dialog.problems().isEmpty());
        const QJsonObject feed = dialog.document().value(QStringLiteral("feeds")).toArray().first().toObject();
        QCOMPARE(feed.value(QStringLiteral("waitTimeSeconds")).toDouble(), 5.0);
        // The secret stays a reference; the sections the dialog does not edit pass through.
        QCOMPARE(
            feed.value(QStringLiteral("clientSecret")).toString(), QStringLiteral("env:SB_TEST_FEED_DIALOG_SECRET"));
        QCOMPARE(
            dialog.document().value(QStringLiteral("ui")).toObject().value(QStringLiteral("blotterRows")).toInt(), 500);
    }

    void anUnknownKeyIsShownOnItsRow()
    {
        FeedConfigDialog dialog(
            document({alerts(QStringLiteral("alerts"))}), FeedRegistry::instance().types(), &ConfigDocument::check);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *keys = child<QTableWidget>(dialog, "feedKeys");
        QTest::mouseClick(child<QPushButton>(dialog, "addKey"), Qt::LeftButton);
        const int row = keys->rowCount() - 1;
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, QStringLiteral("scopee"));
        QTest::keyClick(editor, Qt::Key_Return);
        typeIntoCell(keys, row, 1, QStringLiteral("news"));
        QVERIFY2(keys->item(row, 2)->text().contains(QStringLiteral("unknown key \"scopee\"")),
            qPrintable(keys->item(row, 2)->text()));

        keys->setCurrentCell(row, 0);
        QTest::mouseClick(child<QPushButton>(dialog, "removeKey"), Qt::LeftButton);
        QCOMPARE(rowOf(keys, QStringLiteral("scopee")), -1);
        QVERIFY(dialog.problems().isEmpty());
    }

    void addsNamesAndRemovesFeeds()
    {
        FeedConfigDialog dialog(
            document({alerts(QStringLiteral("alerts"))}), FeedRegistry::instance().types(), &ConfigDocument::check);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QListWidget>(dialog, "feedList");
        auto *name = child<QLineEdit>(dialog, "feedName");
        QTest::mouseClick(child<QPushButton>(dialog, "addFeed"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QTRY_VERIFY(name->hasFocus());
        // A new feed lacks its type's required keys: said for the feed as a whole.
        QVERIFY(child<QLabel>(dialog, "feedProblem")->isVisible());
        QVERIFY(child<QLabel>(dialog, "feedProblem")->text().contains(QStringLiteral("tokenUrl")));

        // Naming it like the first is refused beside the name.
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, QStringLiteral("alerts"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(child<QLabel>(dialog, "nameProblem")->isVisible());
        QVERIFY(child<QLabel>(dialog, "nameProblem")->text().contains(QStringLiteral("used twice")));

        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, QStringLiteral("wire"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!child<QLabel>(dialog, "nameProblem")->isVisible());
        QCOMPARE(list->item(1)->text(), QStringLiteral("wire"));

        // Save is refused while a feed has problems, and accepted once the broken feed is gone.
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        list->setCurrentRow(1);
        QTest::mouseClick(child<QPushButton>(dialog, "removeFeed"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(name->text(), QStringLiteral("alerts"));
        QCOMPARE(dialog.document().value(QStringLiteral("feeds")).toArray().size(), 1);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void valuesKeepTheirTypeThroughTheTable()
    {
        for (const QJsonValue &v : {QJsonValue(QStringLiteral("5")), QJsonValue(5), QJsonValue(true),
                 QJsonValue(QStringLiteral("true")), QJsonValue(QStringLiteral("env:X")),
                 QJsonValue(QJsonArray {QStringLiteral("a"), QStringLiteral("b")}), QJsonValue(QStringLiteral("[x"))})
            QCOMPARE(FeedConfigDialog::valueFromText(FeedConfigDialog::valueText(v)), v);
    }
};

QTEST_MAIN(TestFeedConfigDialog)
#include "tst_feed_config_dialog.moc"
