#include "event_exporter.h"

#include "event/event_json_writer.h"
#include "event/event_tags.h"
#include "store/private_file.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace sb::ui {

void EventExporter::appendCsvField(QByteArray &out, QByteArrayView field)
{
    // A headline is server-supplied text: one that starts like a formula (=, +, -, @, or a tab or carriage return
    // before one) would be evaluated by a spreadsheet program (CSV injection). A leading apostrophe makes it text,
    // and the quotes keep the apostrophe inside the cell.
    const bool formula = !field.isEmpty()
        && (field.front() == '=' || field.front() == '+' || field.front() == '-' || field.front() == '@'
            || field.front() == '\t' || field.front() == '\r');
    // RFC 4180: quote when the field holds a separator, a quote or a line break; double the quotes.
    bool quote = formula;
    for (char c : field)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        out.append(field);
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    for (char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QByteArray EventExporter::encode(const EventBatch &events, Format format)
{
    QByteArray out;
    if (format == Format::JsonLines) {
        EventJsonWriter::appendLines(out, events.constData(), events.size());
        return out;
    }
    out.append(csvHeader());
    out.append("\r\n");
    for (const Event &e : events) {
        // RICs get a column of their own, without the "R:" prefix, so a spreadsheet can filter on an instrument;
        // the other codes stay in subjects. Both lists are space-separated, as they are typed in a filter. The lang:
        // and provider: tags have their own columns.
        QStringList rics;
        QStringList subjects;
        for (const QString &tag : e.tags.first(tags::codeCount(e))) {
            if (tag.startsWith(QLatin1String("R:")))
                rics << tag.mid(2);
            else
                subjects << tag;
        }
        const QByteArray fields[] = {
            e.timeMs > 0 ? Event::formatTime(e.timeMs).toUtf8() : QByteArray(),
            Event::formatTime(e.receivedMs).toUtf8(),
            e.feed.toUtf8(),
            e.kind.toUtf8(),
            e.key.toUtf8(),
            e.urgency >= 0 ? QByteArray::number(e.urgency) : QByteArray(),
            e.language.toUtf8(),
            e.source.toUtf8(),
            e.title,
            rics.join(QLatin1Char(' ')).toUtf8(),
            subjects.join(QLatin1Char(' ')).toUtf8(),
            e.body,
        };
        bool first = true;
        for (const QByteArray &f : fields) {
            if (!first)
                out.append(',');
            first = false;
            appendCsvField(out, f);
        }
        out.append("\r\n");
    }
    return out;
}

QByteArray EventExporter::csvHeader()
{
    return QByteArrayLiteral("time,received,feed,kind,key,urgency,language,provider,headline,rics,subjects,body");
}

QFuture<QString> EventExporter::write(const EventBatch &events, const QString &path, Format format)
{
    return QtConcurrent::run([events, path, format]() -> QString {
        QSaveFile file(path);
        QString error;
        if (!PrivateFile::open(file, &error))
            return error;
        const QByteArray data = encode(events, format);
        if (file.write(data) != data.size())
            return file.errorString();
        if (!file.commit())
            return file.errorString();
        return QString();
    });
}

EventExporter::Format EventExporter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::JsonLines;
}

} // namespace sb::ui
