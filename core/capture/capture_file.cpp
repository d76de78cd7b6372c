#include "capture_file.h"

#include "event/fail_with.h"
#include "event/json_writer.h"
#include "store/private_file.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

bool CaptureWriter::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    QString problem;
    if (!PrivateFile::open(m_file, QIODevice::WriteOnly | QIODevice::Truncate, &problem))
        return failWith(error, QStringLiteral("cannot write capture %1: %2").arg(path, problem));
    return true;
}

void CaptureWriter::write(const RawFrame &frame)
{
    if (frame.kind == RawFrame::Kind::Reset || !m_file.isOpen())
        return;
    QByteArray line;
    JsonWriter w(line);
    w.beginObject();
    w.member("ts", frame.receivedMs);
    w.key("op");
    if (frame.kind == RawFrame::Kind::Binary) {
        w.string(QByteArrayLiteral("binary"));
        if (!frame.text.isEmpty()) {
            w.member("tag", frame.text);
        }
        if (frame.keyMaterial) {
            w.key("withheld");
            w.raw(QByteArrayLiteral("true"));
        } else {
            w.member("data", frame.binary.toBase64());
        }
    } else {
        w.string(QByteArrayLiteral("text"));
        w.member("data", frame.text);
    }
    w.endObject();
    line.append('\n');
    m_file.write(line);
}

bool CaptureReader::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return failWith(error, QStringLiteral("cannot read capture %1: %2").arg(path, m_file.errorString()));
    return true;
}

std::optional<RawFrame> CaptureReader::next()
{
    while (!m_file.atEnd()) {
        QByteArray line = m_file.readLine();
        ++m_line;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith("{\"ts\"") || line.startsWith("{\"op\"")) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString op = o.value(QStringLiteral("op")).toString();
            const qint64 ts = o.value(QStringLiteral("ts")).toInteger();
            if (op == QLatin1String("text"))
                return RawFrame::fromText(o.value(QStringLiteral("data")).toString(), ts);
            if (op == QLatin1String("binary")) {
                RawFrame frame = RawFrame::fromBinary(
                    QByteArray::fromBase64(o.value(QStringLiteral("data")).toString().toLatin1()), ts);
                frame.text = o.value(QStringLiteral("tag")).toString();
                frame.keyMaterial = o.value(QStringLiteral("withheld")).toBool();
                return frame;
            }
        }
        return RawFrame::fromText(QString::fromUtf8(line), 0);
    }
    return std::nullopt;
}

} // namespace sb
