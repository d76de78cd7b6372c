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
    // The usual entry: the feed built from its config's fromJson, and for replay a decoder with default bounds.
    template<typename FeedT, typename ConfigT, typename DecoderT>
    void add(const QString &type);
    bool contains(const QString &type) const { return m_entries.contains(type); }
    QStringList types() const;

    std::unique_ptr<Feed> createFeed(const QJsonObject &config, QString *error) const;
    std::unique_ptr<FrameDecoder> createDecoder(const QString &type, const QString &feedName) const;

private:
    QHash<QString, Entry> m_entries;
};

template<typename FeedT, typename ConfigT, typename DecoderT>
void FeedRegistry::add(const QString &type)
{
    add(type,
        {[](const QJsonObject &json, QString *error) -> std::unique_ptr<Feed> {
             ConfigT config;
             if (!ConfigT::fromJson(json, config, error))
                 return nullptr;
             return std::make_unique<FeedT>(config);
         },
            [](const QString &feedName) -> std::unique_ptr<FrameDecoder> {
                return std::make_unique<DecoderT>(feedName);
            }});
}

// Registers the feeds of this build (called once by each app).
void registerBuiltinFeeds();

} // namespace sb
