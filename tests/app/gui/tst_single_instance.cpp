// One desk per user and settings profile: a second start hands its request to the first over a local socket; with
// nobody listening, or only the socket file of a desk that crashed, it runs on its own and takes the name over.
#include "single_instance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using sb::gui::SingleInstance;

namespace {

QString uniqueKey()
{
    return QStringLiteral("sb-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// What a desk killed with SIGKILL leaves: a socket file nobody accepts on.
bool leaveStaleSocket(const QString &key)
{
    const QByteArray path = (QDir::tempPath() + QLatin1Char('/') + key).toUtf8();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.constData(), sizeof address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound && QFile::exists(QString::fromUtf8(path));
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSecondStartHandsItsRequestToTheFirst()
    {
        const QString key = uniqueKey();
        SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        bool tookIt = false;
        // The first answers from the event loop, which handOff's waiting does not run here: answer from a thread.
        QThread *thread = QThread::create([&] {
            SingleInstance client(key);
            tookIt = client.handOff({QStringLiteral("--config"), QStringLiteral("/desk/ops.json")}, 10000);
        });
        thread->start();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(tookIt);
        QCOMPARE(received.first().first().toStringList(),
            (QStringList {QStringLiteral("--config"), QStringLiteral("/desk/ops.json")}));
    }

    void withNobodyListeningItRunsOnItsOwn()
    {
        SingleInstance alone(uniqueKey());
        QVERIFY(!alone.handOff({}, 500));
        QVERIFY(alone.listen());
    }

    void aCrashedDesksSocketIsTakenOver()
    {
        const QString key = uniqueKey();
        QVERIFY(leaveStaleSocket(key));
        SingleInstance next(key);
        QVERIFY(!next.handOff({}, 500));
        QString error;
        QVERIFY2(next.listen(&error), qPrintable(error));
    }

    void eachSettingsProfileIsADeskOfItsOwn()
    {
        const QString a = SingleInstance::keyFor(QStringLiteral("/home/anna/.config/Switchboard/switchboard.conf"));
        const QString b = SingleInstance::keyFor(QStringLiteral("/tmp/second-profile.ini"));
        QVERIFY(a != b);
        QCOMPARE(a, SingleInstance::keyFor(QStringLiteral("/home/anna/.config/Switchboard/switchboard.conf")));
        QVERIFY(a.size() < 40); // socket paths are short (108 bytes with the temp dir)
    }

    void garbageOnTheSocketIsDropped()
    {
        const QString key = uniqueKey();
        SingleInstance desk(key);
        QVERIFY(desk.listen());
        QSignalSpy received(&desk, &SingleInstance::argumentsReceived);
        QLocalSocket intruder;
        intruder.connectToServer(key);
        QVERIFY(intruder.waitForConnected(5000));
        intruder.write("not json\n");
        intruder.flush();
        QTRY_COMPARE_WITH_TIMEOUT(intruder.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(received.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
