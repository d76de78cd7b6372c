#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

// A bare OMM JSON client over a real QWebSocket, keeping every message it receives, for the emulator tests.
namespace sb::test {

class OmmTestClient
{
public:
    explicit OmmTestClient(const QSslConfiguration &tls = QSslConfiguration())
    {
        if (!tls.isNull())
            socket.setSslConfiguration(tls);
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
            [this](const QString &text) { onFrame(text.toUtf8(), false); });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
            [this](const QByteArray &data) { onFrame(data, true); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { ++disconnects; });
        QObject::connect(
            &socket, &QWebSocket::sslErrors, &socket, [this](const QList<QSslError> &errors) { sslErrors += errors; });
    }

    void open(const QUrl &url, const QStringList &subprotocols = {QStringLiteral("tr_json2")})
    {
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(subprotocols);
        socket.open(QNetworkRequest(url), options);
    }
    bool openAndWait(const QUrl &url, const QStringList &subprotocols = {QStringLiteral("tr_json2")})
    {
        open(url, subprotocols);
        return QTest::qWaitFor([this] { return isConnected() || disconnects > 0; }, 15000) && isConnected();
    }
    bool isConnected() const { return socket.state() == QAbstractSocket::ConnectedState; }

    void send(const QJsonObject &message) { sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact)); }
    void sendRaw(const QByteArray &text) { socket.sendTextMessage(QString::fromUtf8(text)); }

    void login(const QString &token, bool refresh = true)
    {
        QJsonObject message {{QStringLiteral("ID"), 1}, {QStringLiteral("Domain"), QStringLiteral("Login")},
            {QStringLiteral("Key"),
                QJsonObject {{QStringLiteral("NameType"), QStringLiteral("AuthnToken")},
                    {QStringLiteral("Elements"),
                        QJsonObject {{QStringLiteral("ApplicationId"), QStringLiteral("256")},
                            {QStringLiteral("Position"), QStringLiteral("127.0.0.1/net")},
                            {QStringLiteral("AuthenticationToken"), token}}}}}};
        if (!refresh)
            message.insert(QStringLiteral("Refresh"), false);
        send(message);
    }
    void requestItem(int id, const QString &name, const QString &domain = QStringLiteral("NewsTextAnalytics"))
    {
        send(QJsonObject {{QStringLiteral("ID"), id}, {QStringLiteral("Domain"), domain},
            {QStringLiteral("Key"),
                QJsonObject {
                    {QStringLiteral("Name"), name}, {QStringLiteral("Service"), QStringLiteral("ELEKTRON_DD")}}}});
    }

    // Sends a Ping and waits for its Pong: everything the server sent before it has then arrived.
    bool roundTrip()
    {
        const int before = count(QStringLiteral("Pong"));
        sendRaw(QByteArrayLiteral("{\"Type\":\"Ping\"}"));
        return QTest::qWaitFor([this, before] { return count(QStringLiteral("Pong")) > before; }, 10000);
    }

    // Logs in and waits for the Login Refresh.
    bool loginAndWait(const QString &token)
    {
        login(token);
        return QTest::qWaitFor([this] { return count(QStringLiteral("Refresh"), QStringLiteral("Login")) > 0; }, 10000);
    }

    int count(const QString &type, const QString &domain = QString()) const
    {
        int n = 0;
        for (const QJsonObject &m : messages)
            n += matches(m, type, domain) ? 1 : 0;
        return n;
    }
    QJsonObject first(const QString &type, const QString &domain = QString()) const
    {
        for (const QJsonObject &m : messages) {
            if (matches(m, type, domain))
                return m;
        }
        return {};
    }
    QList<QJsonObject> all(const QString &type, const QString &domain = QString()) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages) {
            if (matches(m, type, domain))
                out << m;
        }
        return out;
    }

    QWebSocket socket;
    QList<QJsonObject> messages; // every message of every parsable frame, in order
    QList<QByteArray> frames; // raw text frames
    QList<QByteArray> binaryFrames;
    QList<int> messagesPerFrame;
    QList<QSslError> sslErrors;
    int unparsable = 0;
    int disconnects = 0;
    bool autoPong = true;

private:
    static bool matches(const QJsonObject &m, const QString &type, const QString &domain)
    {
        return m.value(QStringLiteral("Type")).toString() == type
            && (domain.isEmpty() || m.value(QStringLiteral("Domain")).toString() == domain);
    }

    void onFrame(const QByteArray &data, bool binary)
    {
        (binary ? binaryFrames : frames).append(data);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            ++unparsable;
            return;
        }
        const QJsonArray array = doc.isArray() ? doc.array() : QJsonArray {doc.object()};
        messagesPerFrame.append(int(array.size()));
        for (const QJsonValue &v : array) {
            const QJsonObject m = v.toObject();
            messages.append(m);
            if (autoPong && m.value(QStringLiteral("Type")).toString() == u"Ping")
                sendRaw(QByteArrayLiteral("{\"Type\":\"Pong\"}"));
        }
    }
};

} // namespace sb::test
