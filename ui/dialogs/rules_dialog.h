#pragma once

#include "event/event.h"
#include "rules/rule.h"

#include <QDialog>
#include <QVector>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sb {
class RuleSet;
}

namespace sb::ui {

class FilterBox;

// Edit → Rules… (#16): the desk's rules in order (the first matching rule's colour wins), each with its editor, a
// live check of its query, and how many of the desk's recent events it would have matched. Save writes the rules
// file and hands the compiled rules to whoever applies them (`saved`); counting, reading and writing run off the GUI
// thread.
class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context
    {
        QString rulesPath; // where Save writes; empty: Save only applies
        EventBatch recentEvents; // the preview's sample
        // (caption, suggested path, filter, forSaving) → the chosen path, empty when cancelled. Null: the platform's
        // file dialog. Tests answer it without a modal dialog.
        std::function<QString(const QString &, const QString &, const QString &, bool)> askPath;
    };

    RulesDialog(QVector<Rule> rules, Context context, QWidget *parent = nullptr);
    ~RulesDialog() override;

    // "Save filter as rule…": a new rule for `query`, named after it, selected for editing.
    void addRuleFor(const QString &query);
    const QVector<Rule> &rules() const { return m_rules; }
    int currentRow() const;
    // What stops Save, the rule named; empty when the rules can be saved.
    QString problem() const;

Q_SIGNALS:
    // The file is written (or there is none); the rules to apply from now on.
    void saved(std::shared_ptr<const sb::RuleSet> rules);
    // The preview's count for the current rule's query is shown.
    void previewShown();
    // An import or export finished; `message` says how.
    void fileDone(const QString &message);

private:
    void buildEditor(QWidget *editor);
    void refreshList();
    void selectRow(int row);
    void showRule(int row);
    void storeEditor();
    void updateChecks();
    void startPreview();
    void insertRule(Rule rule, int at);
    QString uniqueName(const QString &base) const;
    void moveCurrent(int delta);
    void chooseColour();
    void soundChosen();
    void selectSound(const QString &sound);
    void importFile();
    void exportFile();
    void save();
    QString askPath(const QString &caption, const QString &filter, bool forSaving);

    QVector<Rule> m_rules;
    Context m_context;
    bool m_loading = false;
    quint64 m_previewGeneration = 0;
    QString m_lastSound;

    QListWidget *m_list = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    FilterBox *m_query = nullptr;
    QPushButton *m_colour = nullptr;
    QPushButton *m_noColour = nullptr;
    QComboBox *m_sound = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_watch = nullptr;
    QCheckBox *m_requireAck = nullptr;
    QSpinBox *m_repeat = nullptr;
    QSpinBox *m_escalate = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
