#include "alert_frame.h"

namespace sb {

namespace {

const QString kKeyTag = QStringLiteral("key");
const QLatin1String kSealedPrefix("sealed:");
const QLatin1String kPlainPrefix("plain:");
const QLatin1String kForgetPrefix("forget:");

} // namespace

RawFrame AlertFrame::key(const QString &cryptographyKey, qint64 nowMs)
{
    RawFrame frame = RawFrame::fromBinary(cryptographyKey.toLatin1(), nowMs);
    frame.text = kKeyTag;
    frame.keyMaterial = true;
    return frame;
}

RawFrame AlertFrame::sealed(const QString &messageId, QByteArray body, qint64 receivedMs)
{
    RawFrame frame = RawFrame::fromBinary(std::move(body), receivedMs);
    frame.text = kSealedPrefix + messageId;
    return frame;
}

RawFrame AlertFrame::plain(const QString &messageId, QByteArray json, qint64 receivedMs)
{
    RawFrame frame = RawFrame::fromBinary(std::move(json), receivedMs);
    frame.text = kPlainPrefix + messageId;
    return frame;
}

RawFrame AlertFrame::forget(const QString &messageId, const QString &alertKey, qint64 nowMs)
{
    RawFrame frame = RawFrame::fromBinary(alertKey.toUtf8(), nowMs);
    frame.text = kForgetPrefix + messageId;
    return frame;
}

AlertFrame AlertFrame::read(const RawFrame &frame)
{
    AlertFrame out;
    if (frame.kind != RawFrame::Kind::Binary)
        return out;
    out.payload = frame.binary;
    if (frame.text == kKeyTag) {
        out.kind = Kind::Key;
    } else if (frame.text.startsWith(kSealedPrefix)) {
        out.kind = Kind::Sealed;
        out.messageId = frame.text.mid(kSealedPrefix.size());
    } else if (frame.text.startsWith(kForgetPrefix)) {
        out.kind = Kind::Forget;
        out.messageId = frame.text.mid(kForgetPrefix.size());
    } else if (frame.text.startsWith(kPlainPrefix)) {
        out.kind = Kind::Plain;
        out.messageId = frame.text.mid(kPlainPrefix.size());
    }
    return out;
}

} // namespace sb
