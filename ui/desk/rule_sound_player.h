#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class QSoundEffect;

namespace sb {
struct Rule;
}

namespace sb::ui {

// Plays the sound a rule names (#16): a built-in one (chime, alert, alarm) or a WAV file. At most one sound per rule
// per two seconds, so a burst of matches is one sound, not a din. The desk also runs where there is no audio device
// (CI, offscreen tests, a server's remote desktop): nothing is created there, and the missing device, an unknown name
// or an unreadable file is reported once, never a crash or a wait.
class RuleSoundPlayer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMinGapMs = 2000;

    explicit RuleSoundPlayer(QObject *parent = nullptr);
    ~RuleSoundPlayer() override;

    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // Tests stand in for a machine with or without an audio output; by default QMediaDevices is asked, once, on the
    // first sound (not at start, so a desk without rules never opens the audio system).
    void setAudioOutputProbe(std::function<bool()> hasOutput) { m_hasOutput = std::move(hasOutput); }

    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    // The rule's sound, unless it has none, the desk is muted, or the rule sounded less than kMinGapMs ago. Alarms
    // that repeat a rule's sound call this too. True when the sound was started (or would have been, with no device).
    bool play(const Rule &rule);

    // Where a rule's `sound` points: qrc:/sounds/NAME.wav for a built-in, a file URL for a path, empty when neither.
    static QUrl sourceOf(const QString &sound);

Q_SIGNALS:
    void played(const QString &rule, const QUrl &source);
    // A problem worth one line in the log and the status bar; each is said once.
    void problem(const QString &message);

private:
    bool hasOutput();
    void reportOnce(const QString &key, const QString &message);
    QSoundEffect *effectFor(const QString &rule, const QUrl &source);

    std::function<qint64()> m_nowMs;
    std::function<bool()> m_hasOutput;
    int m_outputKnown = -1; // -1: not asked yet
    bool m_muted = false;
    QHash<QString, qint64> m_lastPlayedMs;
    QHash<QUrl, QSoundEffect *> m_effects;
    QSet<QString> m_reported;
};

} // namespace sb::ui
