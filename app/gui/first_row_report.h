#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace sb::gui {

// The startup benchmark's finish line (`--report-first-row`): calls back once, after the first paint of a blotter
// that has a row in it, with the milliseconds since `sinceStart` began. It watches paints application-wide because
// panes come and go with the desk; that costs a little, so it only runs when asked for.
class FirstRowReport : public QObject
{
    Q_OBJECT
public:
    using Reported = std::function<void(qint64 elapsedMs)>;
    FirstRowReport(const QElapsedTimer &sinceStart, Reported reported, QObject *parent = nullptr);
    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    Reported m_reported;
    bool m_done = false;
};

} // namespace sb::gui
