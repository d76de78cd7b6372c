#pragma once

#include "alarms/alarm_book.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace sb {
class AlarmBoard;
}

namespace sb::ui {

class AlarmTableModel;

// The operator's alarms (#16): every alarm of the desk with its state and last transition, open ones first, and the
// transitions the operator makes on the selected one. The note typed beside the buttons goes with the next
// transition; a transition the alarm's state does not allow is shown with its reason and changes nothing.
class AlarmsPane : public QWidget
{
    Q_OBJECT
public:
    // `clock`: UTC ms now, the board's own, for snooze deadlines.
    AlarmsPane(AlarmBoard *board, AlarmClock clock, QWidget *parent = nullptr);

    AlarmTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *openOnlyToggle() const { return m_openOnly; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QToolButton *snoozeButton() const { return m_snooze; }
    QPushButton *closeButton() const { return m_close; }
    // The last refusal, empty after a transition went through.
    QString message() const;

    void select(const AlarmId &id);
    // The selected alarm, or an empty id.
    AlarmId selected() const;

Q_SIGNALS:
    // Double-click: the event the alarm was raised for should be shown.
    void eventRequested(const sb::AlarmId &id);

private:
    enum class Move { Acknowledge, Investigate, Close };
    void apply(Move move);
    void snoozeFor(qint64 ms);
    void showOutcome(bool ok, const QString &refusal);
    void updateButtons();

    AlarmBoard *m_board;
    AlarmClock m_clock;
    AlarmTableModel *m_model;
    QTableView *m_view;
    QCheckBox *m_openOnly;
    QLineEdit *m_note;
    QPushButton *m_acknowledge;
    QPushButton *m_investigate;
    QToolButton *m_snooze;
    QPushButton *m_close;
    QLabel *m_message;
};

} // namespace sb::ui
