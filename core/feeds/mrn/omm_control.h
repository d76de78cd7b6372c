#pragma once

#include <QMetaType>
#include <QString>

namespace sb {

// A non-data OMM message the session acts on (Ping, Login Refresh/Status, item Refresh/Status, Error), as a value
// that crosses from the decode thread to the io thread.
struct OmmControl
{
    QString type;
    QString domain;
    qint64 id = 0;
    bool hasId = false;
    QString keyName;
    QString stream, data, code, text;
    int pingTimeout = -1;
    QString debugMessage;

    bool isLogin() const { return domain == QLatin1String("Login") || (hasId && id == 1); }
    bool streamOpenDataOk() const
    {
        return stream == QLatin1String("Open") && (data.isEmpty() || data == QLatin1String("Ok"));
    }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::OmmControl)
