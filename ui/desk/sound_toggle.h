#pragma once

#include <QToolButton>

class QSettings;

namespace sb::ui {

class RuleSoundPlayer;

// The status bar's mute switch for rule sounds (#16). It is the Preferences dialog's "Play sounds" setting, so the
// two always agree and the choice outlives the desk.
class SoundToggle : public QToolButton
{
    Q_OBJECT
public:
    SoundToggle(QSettings *settings, RuleSoundPlayer *player, QWidget *parent = nullptr);

    bool isMuted() const { return isChecked(); }
    // Re-reads the setting after the Preferences dialog wrote it.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply(bool muted);
    void updateLook();

    QSettings *m_settings;
    RuleSoundPlayer *m_player;
};

} // namespace sb::ui
