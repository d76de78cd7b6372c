// "keychain:NAME" secrets against a real Secret Service: gnome-keyring in a private D-Bus session, started for this
// test by tests/support/with_private_keyring.sh. Writing, reading, a missing entry named in its error, removal; and
// the config walk that finds and replaces references.
#include "config/keychain_secrets.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

struct ReadResult
{
    bool done = false;
    QHash<QString, QString> values;
    QStringList problems;
};

ReadResult readNow(KeychainSecrets &secrets, const QStringList &names)
{
    ReadResult r;
    secrets.read(names, [&r](const QHash<QString, QString> &values, const QStringList &problems) {
        r.values = values;
        r.problems = problems;
        r.done = true;
    });
    if (!QTest::qWaitFor([&r] { return r.done; }, 20000))
        r.problems << QStringLiteral("read did not finish");
    return r;
}

QString writeNow(KeychainSecrets &secrets, const QString &name, const QString &value)
{
    bool done = false;
    QString problem;
    secrets.write(name, value, [&](const QString &p) {
        problem = p;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return QStringLiteral("write did not finish");
    return problem;
}

} // namespace

class TestKeychainSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsAndReplacesReferencesAnywhereInAConfig()
    {
        const QJsonObject feed {{QStringLiteral("clientSecret"), QStringLiteral("keychain:lseg")},
            {QStringLiteral("nested"),
                QJsonObject {{QStringLiteral("list"),
                    QJsonArray {QStringLiteral("keychain:other"), QStringLiteral("keychain:lseg"), 3}}}},
            {QStringLiteral("clientId"), QStringLiteral("env:ID")}, {QStringLiteral("plain"), QStringLiteral("x")}};
        QCOMPARE(
            KeychainSecrets::referencedNames(feed), (QStringList {QStringLiteral("lseg"), QStringLiteral("other")}));
        const QJsonObject out
            = KeychainSecrets::substitute(feed, {{QStringLiteral("lseg"), QStringLiteral("s3cret")}}).toObject();
        QCOMPARE(out.value(QStringLiteral("clientSecret")).toString(), QStringLiteral("s3cret"));
        const QJsonArray list = out.value(QStringLiteral("nested")).toObject().value(QStringLiteral("list")).toArray();
        QCOMPARE(list.at(0).toString(), QStringLiteral("keychain:other")); // not read: left for the error to name
        QCOMPARE(list.at(1).toString(), QStringLiteral("s3cret"));
        QCOMPARE(list.at(2).toInt(), 3);
        QCOMPARE(out.value(QStringLiteral("clientId")).toString(), QStringLiteral("env:ID"));
    }

    void writesReadsAndRemovesThroughTheSecretService()
    {
        if (qEnvironmentVariableIsSet("SB_KEYRING_ABSENT"))
            QSKIP(qPrintable(
                QStringLiteral("no Secret Service to test against: ") + qEnvironmentVariable("SB_KEYRING_ABSENT")));
        KeychainSecrets secrets(QStringLiteral("Switchboard-test"));
        QCOMPARE(writeNow(secrets, QStringLiteral("lseg-client-secret"), QStringLiteral("p@ss wörd")), QString());
        QCOMPARE(writeNow(secrets, QStringLiteral("ohip-app-key"), QStringLiteral("k3y")), QString());

        ReadResult r = readNow(secrets, {QStringLiteral("lseg-client-secret"), QStringLiteral("ohip-app-key")});
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.values.value(QStringLiteral("lseg-client-secret")), QStringLiteral("p@ss wörd"));
        QCOMPARE(r.values.value(QStringLiteral("ohip-app-key")), QStringLiteral("k3y"));

        // Another service name is another set of entries: the desk's secrets are not the test's.
        KeychainSecrets desk(QStringLiteral("Switchboard-test-other"));
        r = readNow(desk, {QStringLiteral("lseg-client-secret")});
        QCOMPARE(r.values.size(), 0);
        QCOMPARE(r.problems.size(), 1);

        bool removed = false;
        QString problem = QStringLiteral("unset");
        secrets.remove(QStringLiteral("ohip-app-key"), [&](const QString &p) {
            problem = p;
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QCOMPARE(problem, QString());
        r = readNow(secrets, {QStringLiteral("ohip-app-key"), QStringLiteral("lseg-client-secret")});
        QCOMPARE(r.values.keys(), QStringList {QStringLiteral("lseg-client-secret")});
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(
            r.problems.first().contains(QLatin1String("\"ohip-app-key\" is not set")), qPrintable(r.problems.first()));
        QVERIFY(r.problems.first().contains(QLatin1String("switchboard-cli secret set ohip-app-key")));
    }

    void aMissingKeychainIsAnErrorNeverAFallback()
    {
        // No session bus at all: QtKeychain cannot reach a Secret Service, and nothing is read from anywhere else.
        if (!qEnvironmentVariableIsSet("SB_KEYCHAIN_NO_BUS_CHILD"))
            QSKIP("run by the tst_keychain_secrets_no_bus registration, without a session bus");
        KeychainSecrets secrets(QStringLiteral("Switchboard-test"));
        const ReadResult r = readNow(secrets, {QStringLiteral("anything")});
        QCOMPARE(r.values.size(), 0);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().contains(QLatin1String("\"anything\"")), qPrintable(r.problems.first()));
    }

    void readingNothingAnswersAtOnce()
    {
        KeychainSecrets secrets(QStringLiteral("Switchboard-test"));
        const ReadResult r = readNow(secrets, {});
        QVERIFY(r.values.isEmpty());
        QVERIFY(r.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecrets)
#include "tst_keychain_secrets.moc"
