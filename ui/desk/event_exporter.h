#pragma once

#include "event/event.h"

#include <QFuture>
#include <QString>

namespace sb::ui {

// Writes events to a file as CSV or JSON Lines. Encoding and writing run on the thread pool: the GUI thread only
// hands over the (implicitly shared) events and later learns the outcome.
class EventExporter
{
public:
    enum class Format { Csv, JsonLines };

    static QByteArray encode(const EventBatch &events, Format format);
    // The CSV's first line, without its line break.
    static QByteArray csvHeader();
    // The future's result is empty on success, else the error.
    static QFuture<QString> write(const EventBatch &events, const QString &path, Format format);
    static Format formatForPath(const QString &path);

private:
    static void appendCsvField(QByteArray &out, QByteArrayView field);
};

} // namespace sb::ui
