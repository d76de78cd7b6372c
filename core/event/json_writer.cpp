#include "json_writer.h"

#include "json_escape.h"

namespace sb {

void JsonWriter::separator()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    separator();
    m_out.append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separator();
    m_out.append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
}

void JsonWriter::key(const char *name)
{
    separator();
    m_out.append('"').append(name).append("\":");
    m_needComma = false;
}

void JsonWriter::string(const QString &value)
{
    string(value.toUtf8());
}

void JsonWriter::string(const QByteArray &utf8)
{
    separator();
    m_out.append('"');
    appendEscaped(m_out, utf8.constData(), utf8.size());
    m_out.append('"');
}

void JsonWriter::number(qint64 value)
{
    separator();
    m_out.append(QByteArray::number(value));
}

void JsonWriter::boolean(bool value)
{
    separator();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::null()
{
    separator();
    m_out.append("null");
}

void JsonWriter::raw(const QByteArray &json)
{
    separator();
    m_out.append(json);
}

void JsonWriter::stringArray(const QStringList &values)
{
    beginArray();
    for (const QString &v : values)
        string(v);
    endArray();
}

void JsonWriter::appendEscaped(QByteArray &out, const char *utf8, qsizetype size)
{
    // In slices, so a long value never makes the buffer reserve six times its size.
    constexpr qsizetype slice = 4096;
    for (qsizetype done = 0; done < size; done += slice) {
        const qsizetype n = qMin(slice, size - done);
        const qsizetype start = out.size();
        out.resize(start + json::escapedSizeBound(n));
        char *end = json::writeEscaped(out.data() + start, utf8 + done, n);
        out.resize(end - out.constData());
    }
}

} // namespace sb
