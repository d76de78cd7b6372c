#pragma once

#include <QDialog>

namespace sb::ui {

// Shown when the app starts with neither --demo nor --config: run the built-in emulators, or pick a config file.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Demo, Config };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString configPath() const { return m_configPath; }

private:
    void chooseConfig();

    Choice m_choice = Choice::None;
    QString m_configPath;
};

} // namespace sb::ui
