#pragma once

#include "feed_info.h"

#include <QCoreApplication>
#include <QString>

namespace sb::ui {

// What a feed is called on screen. The config's type ("mrn", "opera") is an internal word; people know the service
// ("LSEG News (MRN)", "Hotel events (OPERA)"). The one table of those names lives here, for dock tabs, the status
// bar and dialogs alike. A feed the user named differently keeps its name beside the service's.
class FeedTitle
{
    Q_DECLARE_TR_FUNCTIONS(FeedTitle)
public:
    // "LSEG News (MRN)"; an unknown type is shown as it is.
    static QString service(const QString &type);
    // The short form for the status bar: "News (MRN)".
    static QString shortService(const QString &type);
    // "Hotel events (OPERA)", or "Hotel events (OPERA) — london-opera" when the name is not just the type.
    static QString of(const FeedInfo &feed);
    static QString shortOf(const FeedInfo &feed);
};

} // namespace sb::ui
