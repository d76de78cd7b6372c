#include "json_writer.h"

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
    static const char hex[] = "0123456789abcdef";
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8 + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    out.append(utf8 + runStart, size - runStart);
}

} // namespace sb
