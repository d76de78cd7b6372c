#include "single_instance.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>

#include <unistd.h>

namespace sb::gui {

namespace {

// A hand-off is one JSON array of arguments and a newline; the answer is "ok\n". Anything longer is not a desk.
constexpr qint64 kMaxMessageBytes = 64 * 1024;

} // namespace

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::keyFor(const QString &settingsFile)
{
    const QByteArray profile = QByteArray::number(qulonglong(::getuid())) + '\n' + settingsFile.toUtf8();
    return QStringLiteral("switchboard-")
        + QString::fromLatin1(QCryptographicHash::hash(profile, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handOff(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == "ok\n";
}

bool SingleInstance::listen(QString *error)
{
    // Only reached after handOff() found nobody answering: a socket file still there is a crashed desk's.
    QLocalServer::removeServer(m_key);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_key))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessageBytes)
                    socket->abort();
                return;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine(kMaxMessageBytes));
            if (!doc.isArray()) {
                socket->abort();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &v : doc.array())
                arguments << v.toString();
            socket->write("ok\n");
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace sb::gui
