#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <type_traits>

namespace sb {

// Appends compact JSON to a byte buffer. QJsonDocument would allocate a tree per line; the JSON Lines output and
// the store write many small objects, so we write them directly.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name);
    void string(const QString &value);
    void string(const QByteArray &utf8);
    void number(qint64 value);
    void boolean(bool value);
    void null();
    void raw(const QByteArray &json); // an already valid JSON value
    void stringArray(const QStringList &values);
    // A member of the open object: its key, then a string, number, boolean or string array as the value's type says.
    template<typename Value>
    void member(const char *name, const Value &value)
    {
        key(name);
        if constexpr (std::is_same_v<Value, bool>)
            boolean(value);
        else if constexpr (std::is_integral_v<Value>)
            number(qint64(value));
        else if constexpr (std::is_same_v<Value, QStringList>)
            stringArray(value);
        else
            string(value);
    }

    static void appendEscaped(QByteArray &out, const char *utf8, qsizetype size);

private:
    void separator();
    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace sb
