#pragma once

#include "alarms/alarm_book.h"
#include "store/alarm_record.h"

#include <QToolBar>

class QLabel;
class QPushButton;

namespace sb::ui {

// The strip across the top of the desk that says an alarm has gone unacknowledged too long (#16), with the alarm and
// a button to acknowledge it there. A tool bar so it spans the window above the docks; it stays hidden while no
// escalated alarm is waiting, whatever a restored layout says.
class EscalationBanner : public QToolBar
{
    Q_OBJECT
public:
    explicit EscalationBanner(QWidget *parent = nullptr);

    void escalate(const AlarmRecord &alarm);
    // An alarm changed: one no longer new leaves the banner.
    void update(const AlarmRecord &alarm);
    // The alarm shown, or an empty id.
    AlarmId shown() const;
    QLabel *label() const { return m_label; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }

    void setVisible(bool visible) override;

Q_SIGNALS:
    void acknowledgeRequested(const sb::AlarmId &id);

private:
    void refresh();

    QLabel *m_label;
    QPushButton *m_acknowledge;
    AlarmRecordList m_waiting; // oldest escalation first; the newest is shown
};

} // namespace sb::ui
