#pragma once

#include "pipeline/feed_host.h"

#include <QJsonObject>

namespace sb::test {

// Everything a FeedHost reports, collected on the test thread, for integration tests. SB_TEST_TRACE=1 prints states
// and errors as they come. The connections live as long as the observer: a host stopping after the observer is gone
// (its stop() runs an event loop) must not deliver into it.
struct FeedHostObserver
{
    explicit FeedHostObserver(FeedHost &host)
    {
        QObject::connect(&host, &FeedHost::eventsReady, &m_context, [this](const EventBatch &b) { events += b; });
        QObject::connect(
            &host, &FeedHost::feedStateChanged, &m_context, [this](const QString &, FeedState s, const QString &text) {
                states << s;
                stateTexts << text;
                if (qEnvironmentVariableIsSet("SB_TEST_TRACE"))
                    qInfo("state %d %s", int(s), qPrintable(text));
            });
        QObject::connect(&host, &FeedHost::feedError, &m_context, [this](const FeedError &e) {
            errors << e;
            if (qEnvironmentVariableIsSet("SB_TEST_TRACE"))
                qInfo("error %s %s", qPrintable(e.code), qPrintable(e.message));
        });
        QObject::connect(&host, &FeedHost::feedFailed, &m_context, [this](const FeedError &e) { failures << e; });
        QObject::connect(&host, &FeedHost::feedCommandResult, &host,
            [this](const QString &, const QJsonObject &result) { results << result; });
    }
    bool hasErrorCode(const QString &code) const
    {
        for (const FeedError &e : errors)
            if (e.code == code)
                return true;
        return false;
    }
    bool stateTextContains(const QString &text) const
    {
        for (const QString &t : stateTexts)
            if (t.contains(text))
                return true;
        return false;
    }
    QJsonObject result(const QString &id) const
    {
        for (const QJsonObject &r : results)
            if (r.value(QStringLiteral("id")).toString() == id)
                return r;
        return {};
    }

    QObject m_context;
    EventBatch events;
    QList<FeedState> states;
    QStringList stateTexts;
    QList<FeedError> errors;
    QList<FeedError> failures;
    QList<QJsonObject> results;
};

} // namespace sb::test
