#pragma once

#include "pipeline/raw_frame.h"

#include <QFile>
#include <QString>

#include <optional>

namespace sb {

// Captures are JSON Lines, one frame a line: {"ts":<ms>,"op":"text"|"binary","data":…} (binary data in base64).
// A plain file with one text frame per line is also accepted when reading.
class CaptureWriter
{
public:
    bool open(const QString &path, QString *error);
    void write(const RawFrame &frame);
    void close() { m_file.close(); }

private:
    QFile m_file;
};

class CaptureReader
{
public:
    bool open(const QString &path, QString *error);
    // The next frame, or nothing at the end. A line that is neither form becomes a text frame as it is, so the
    // decoder reports it like any malformed frame.
    std::optional<RawFrame> next();
    qint64 lineNumber() const { return m_line; }

private:
    QFile m_file;
    qint64 m_line = 0;
};

} // namespace sb
