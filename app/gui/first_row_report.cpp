#include "first_row_report.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QTableView>

namespace sb::gui {

FirstRowReport::FirstRowReport(const QElapsedTimer &sinceStart, Reported reported, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_reported(std::move(reported))
{ }

void FirstRowReport::start()
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstRowReport::eventFilter(QObject *watched, QEvent *event)
{
    if (m_done || event->type() != QEvent::Paint)
        return false;
    // A table paints its rows on its viewport; the blotter's table is the one named "blotter".
    const auto *view = qobject_cast<const QTableView *>(watched->parent());
    if (!view || view->viewport() != watched || view->objectName() != QLatin1String("blotter") || !view->model()
        || view->model()->rowCount() == 0)
        return false;
    m_done = true;
    // Reported once this paint has run, not before it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            QCoreApplication::instance()->removeEventFilter(this);
            m_reported(m_sinceStart.elapsed());
        },
        Qt::QueuedConnection);
    return false;
}

} // namespace sb::gui
