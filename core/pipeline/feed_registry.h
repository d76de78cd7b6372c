#pragma once

#include "feed.h"
#include "frame_decoder.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace sb {

// Feed types by name ("mrn", "alerts", …): how to build a feed from its config object and a decoder for replay.
// Each service registers itself once; nothing else switches on the type.
class FeedRegistry
{
public:
    struct Entry
    {
        std::function<std::unique_ptr<Feed>(const QJsonObject &config, QString *error)> createFeed;
        std::function<std::unique_ptr<FrameDecoder>(const QString &feedName)> createDecoder;
    };

    static FeedRegistry &instance();
    void add(const QString &type, Entry entry);
    bool contains(const QString &type) const { return m_entries.contains(type); }
    QStringList types() const;

    std::unique_ptr<Feed> createFeed(const QJsonObject &config, QString *error) const;
    std::unique_ptr<FrameDecoder> createDecoder(const QString &type, const QString &feedName) const;

private:
    QHash<QString, Entry> m_entries;
};

// Registers the feeds of this build (called once by each app).
void registerBuiltinFeeds();

} // namespace sb
