#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace sb {

// One message the store keeps in quarantine (see EventStore::quarantine): the bytes exactly as they arrived, which
// need not be text, and why they could not be decoded. For a diagnostics view and for tests.
struct QuarantinedMessage
{
    qint64 id = 0; // increases with every message quarantined
    QString feed;
    qint64 receivedMs = 0;
    QByteArray raw;
    QString error;
};

using QuarantinedMessageList = QVector<QuarantinedMessage>;

} // namespace sb
