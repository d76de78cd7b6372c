#include "store/private_file.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sb;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createdDirectoriesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString deep = dir.filePath(QStringLiteral("a/b/c"));
        QString error;
        QVERIFY2(PrivateFile::ensureDirectory(deep, &error), qPrintable(error));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/b"))), 0700);
        QCOMPARE(modeOf(deep), 0700);
    }

    void existingDirectoriesAreLeftAlone()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(shared,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(PrivateFile::ensureDirectory(shared));
        QCOMPARE(modeOf(shared), 0755);
        QFile file(shared + QStringLiteral("/f"));
        QVERIFY(PrivateFile::open(file, QIODevice::WriteOnly));
        QCOMPARE(modeOf(shared), 0755);
        QCOMPARE(modeOf(file.fileName()), 0600);
    }

    void aFileInTheWayIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("x")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!PrivateFile::ensureDirectory(blocker.fileName(), &error));
        QVERIFY(error.contains(blocker.fileName()));
    }

    void filesAreCreatedOwnerOnlyAndTightened()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("new/state.json")));
        QString error;
        QVERIFY(!PrivateFile::open(file, QIODevice::WriteOnly, &error)); // a named path is taken as given
        QVERIFY(error.contains(file.fileName()));
        QVERIFY(PrivateFile::ensureDirectory(dir.filePath(QStringLiteral("new"))));
        QVERIFY2(PrivateFile::open(file, QIODevice::WriteOnly, &error), qPrintable(error));
        file.write("{}");
        file.close();
        QCOMPARE(modeOf(file.fileName()), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))), 0700);

        QVERIFY(QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(PrivateFile::restrictToOwner(file.fileName()));
        QCOMPARE(modeOf(file.fileName()), 0600);
        QVERIFY(PrivateFile::restrictToOwner(dir.filePath(QStringLiteral("missing"))));
    }

    void savedFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        // Written over a readable file, as a user re-exporting to the same name would.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QSaveFile file(path);
        QString error;
        QVERIFY2(PrivateFile::open(file, &error), qPrintable(error));
        file.write("a,b\r\n");
        QVERIFY(file.commit());
        QCOMPARE(modeOf(path), 0600);
    }
};

QTEST_APPLESS_MAIN(TestPrivateFile)
#include "tst_private_file.moc"
