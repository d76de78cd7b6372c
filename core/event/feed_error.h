#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace sb {

// An error is a value: it travels to the status bar, the diagnostics pane and the CLI, and the feed decides from
// `retryable` whether to reconnect.
struct FeedError
{
    enum class Stage { Auth, Discovery, Connect, Login, Subscribe, Decode, Store };

    QString feed;
    Stage stage = Stage::Connect;
    QString code; // short machine-readable code, e.g. "http_401", "gzip_corrupt"
    QString message; // human-readable, never contains a secret
    bool retryable = false;
    qint64 timeMs = 0;

    static QString stageName(Stage stage);
    QByteArray toJsonLine() const;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::FeedError)
