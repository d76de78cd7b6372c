#pragma once

#include "event/event.h"

#include <QHash>
#include <QString>

namespace sb::ui {

// The names of Salto sites, learnt from the events (whose tags carry "site_id:" next to the name), so that the feed's
// status — which speaks of the site id it subscribed with — reads "Amsterdam HQ" rather than a UUID. A site not yet
// named by any event keeps a short form of its id ("8d1c3f0e…").
class SiteNames
{
public:
    // True if a site got a name it did not have.
    bool learn(const EventBatch &events);
    QString name(const QString &siteId) const { return m_names.value(siteId); }
    // `text` with every UUID replaced by its site's name, or its short form.
    QString readable(const QString &text) const;

private:
    QHash<QString, QString> m_names;
};

} // namespace sb::ui
