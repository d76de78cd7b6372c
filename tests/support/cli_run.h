#pragma once

// One run of the real `switchboard-cli` binary (SB_CLI_BINARY) for the CLI tests: its stdout lines (Events) and
// stderr lines (states and errors) are collected as JSON objects while it runs; a run still going when the test ends
// is killed.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace sb::test {

class CliRun
{
public:
    explicit CliRun(const QStringList &arguments)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] { readEvents(); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [this] { readStderr(); });
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(SB_CLI_BINARY), arguments);
    }
    ~CliRun()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    bool finished() const { return process.state() == QProcess::NotRunning; }

    // Reads what is left after the process ended (its last lines may still be buffered).
    void drain()
    {
        readEvents();
        readStderr();
    }

    QStringList keys() const
    {
        QStringList out;
        for (const QJsonObject &e : events)
            out << e.value(QStringLiteral("key")).toString();
        return out;
    }
    // The error lines on stderr ({"type":"error",…}).
    QList<QJsonObject> errors() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : stderrLines)
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("error"))
                out << o;
        return out;
    }

    QProcess process;
    QList<QJsonObject> events;
    QList<QJsonObject> stderrLines;

private:
    void readEvents() { readLines(QProcess::StandardOutput, events); }
    void readStderr() { readLines(QProcess::StandardError, stderrLines, qEnvironmentVariableIsSet("SB_TEST_TRACE")); }
    void readLines(QProcess::ProcessChannel channel, QList<QJsonObject> &into, bool echo = false)
    {
        process.setReadChannel(channel);
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            if (echo)
                qDebug("cli: %s", line.trimmed().constData());
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                into << o;
        }
    }
};

// A run of the CLI to its end (a minute at most): its exit code (-1 when it did not end), its stdout as JSON lines
// and as text, its stderr. `input`, when given, is what it reads on stdin; it reads end of file either way.
struct FinishedCliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString out;
    QString err;
};

inline FinishedCliRun runCliToEnd(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    cli.start(QStringLiteral(SB_CLI_BINARY), arguments);
    cli.write(input);
    cli.closeWriteChannel();
    FinishedCliRun run;
    if (!cli.waitForFinished(60'000))
        return run;
    run.exitCode = cli.exitCode();
    const QByteArray out = cli.readAllStandardOutput();
    run.out = QString::fromUtf8(out);
    run.err = QString::fromUtf8(cli.readAllStandardError());
    for (const QByteArray &line : out.split('\n'))
        if (!line.isEmpty())
            run.lines << QJsonDocument::fromJson(line).object();
    return run;
}

// Writes {"feeds":[feed]} into `dir` and returns its path (empty when it cannot be written).
inline QString writeFeedConfig(const QTemporaryDir &dir, const QJsonObject &feed)
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(QJsonObject {{QStringLiteral("feeds"), QJsonArray {feed}}}).toJson());
    return path;
}

} // namespace sb::test
