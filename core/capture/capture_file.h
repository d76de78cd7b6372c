#pragma once

#include "event/frame_recorder.h"
#include "event/raw_frame.h"

#include <QFile>
#include <QString>

#include <optional>

namespace sb {

// Captures are JSON Lines, one frame a line: {"ts":<ms>,"op":"text"|"binary","tag":…,"data":…} (binary data in
// base64; "tag" is the frame's text when a binary frame carries one, e.g. the alerts feed's "sealed:<MessageId>", so
// a replay hands the decoder the frame it saw). A plain file with one text frame per line is also accepted when
// reading. Captures are created 0600: they hold what the user's subscription received.
//
// A frame with key material (RawFrame::keyMaterial: the alerts subscription's AES key) is never written; its line
// says only that a key was withheld there, {"ts":…,"op":"binary","tag":"key","withheld":true}. A capture is a file
// people attach to bug reports and copy between machines, and with the key beside the sealed bodies it would open
// them all. Replaying such a capture, the decoder meets the withheld key and says that sealed messages cannot be
// opened without it (claim-check bodies, recorded in plain, still decode); the key is the subscription's, issued by
// the Data Platform, and is in no config file to take it from.
class CaptureWriter : public FrameRecorder
{
public:
    bool open(const QString &path, QString *error);
    void write(const RawFrame &frame) override;
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
