#pragma once

// What a test of an HTTP client (token, discovery, admin calls) stands on: a loopback server whose answers the test
// scripts, the client's network access manager, and a parent for the test's clients that goes before the manager
// does. Opened in the test's init() and closed in its cleanup(), so every test starts with a fresh server.
#include "net/reconnect_backoff.h"
#include "sim/loopback_http_server.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QTest>

#include <algorithm>
#include <memory>

namespace sb::test {

struct HttpClientTestbed
{
    // Call as QVERIFY(bed.open(this)).
    bool open(QObject *owner)
    {
        nam = new QNetworkAccessManager(owner);
        scope = new QObject(owner);
        server = new sim::LoopbackHttpServer(owner);
        requests.clear();
        parked.clear();
        return server->listen();
    }

    void close()
    {
        delete scope;
        scope = nullptr;
        parked.clear();
        delete server;
        delete nam;
        server = nullptr;
        nam = nullptr;
    }

    // Answers each request to `path` with the next of `answers` (status, body); the last one repeats.
    void answerInTurn(const QByteArray &path, const QList<QPair<int, QByteArray>> &answers)
    {
        auto index = std::make_shared<int>(0);
        server->route(path, [this, answers, index](const sim::HttpRequest &req, const sim::HttpResponder &res) {
            requests.append(req);
            const auto &a = answers.at(std::min<int>(*index, int(answers.size()) - 1));
            ++*index;
            res.send(a.first, a.second);
        });
    }

    // Retries within 10 to 40 ms and without jitter: a test sees a retrying client at once, and alike every run.
    static ReconnectBackoff tinyBackoff()
    {
        ReconnectBackoff b(10, 40);
        b.setRandom([] { return 1.0; });
        return b;
    }

    // The clock of every client a test prepares, fixed so that the times in tokens and errors compare exactly.
    static constexpr qint64 kNowMs = 1'751'450'000'000;
    // `client` as the tests use it: on that clock, retrying at once (tinyBackoff), and named after an MRN feed.
    template<typename Client>
    static Client *prepared(Client *client)
    {
        client->setClock([] { return kNowMs; });
        client->setBackoff(tinyBackoff());
        client->setFeedName(QStringLiteral("mrn"));
        return client;
    }

    QNetworkAccessManager *nam = nullptr;
    QObject *scope = nullptr; // parent of each test's clients, deleted before the network access manager
    sim::LoopbackHttpServer *server = nullptr;
    QList<sim::HttpRequest> requests;
    QList<sim::HttpResponder> parked;
};

} // namespace sb::test
