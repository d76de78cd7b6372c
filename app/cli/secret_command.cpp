#include "secret_command.h"

#include "config/keychain_resolution.h"
#include "config/keychain_secrets.h"

#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sb::cli {

namespace {

QString readSecretFromStdin(const QString &name)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved {};
    if (terminal) {
        std::fprintf(stderr, "Secret for %s (not shown): ", qPrintable(name));
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    // A terminal gives one line; a pipe gives everything (a PEM key has several lines). One final newline is the
    // terminal's or echo's, not the secret's.
    QByteArray value = terminal ? in.readLine() : in.readAll();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (value.endsWith('\n'))
        value.chop(1);
    if (value.endsWith('\r'))
        value.chop(1);
    return QString::fromUtf8(value);
}

int finish(const QString &problem, const char *done, const QString &name)
{
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "switchboard-cli: %s\n", qPrintable(problem));
        return 2;
    }
    std::fprintf(stderr, "%s keychain secret \"%s\"\n", done, qPrintable(name));
    return 0;
}

} // namespace

int runSecretSet(const QString &name)
{
    const QString value = readSecretFromStdin(name);
    if (value.isEmpty()) {
        std::fprintf(stderr, "switchboard-cli: no secret on standard input; nothing stored\n");
        return 2;
    }
    KeychainSecrets secrets;
    QEventLoop loop;
    QString problem;
    secrets.write(name, value, [&](const QString &p) {
        problem = p;
        loop.quit();
    });
    loop.exec();
    return finish(problem, "stored", name);
}

int runSecretDelete(const QString &name)
{
    KeychainSecrets secrets;
    QEventLoop loop;
    QString problem;
    secrets.remove(name, [&](const QString &p) {
        problem = p;
        loop.quit();
    });
    loop.exec();
    return finish(problem, "deleted", name);
}

bool resolveKeychainReferences(QJsonObject *feedConfig, QString *error)
{
    return sb::resolveKeychainReferences(
        feedConfig, QStringLiteral("feed \"%1\"").arg(feedConfig->value(QStringLiteral("name")).toString()), error);
}

} // namespace sb::cli
