#include "rule_sound_player.h"

#include "rules/rule.h"

#include <QAudioDevice>
#include <QDateTime>
#include <QDir>
#include <QMediaDevices>
#include <QSoundEffect>

namespace sb::ui {
namespace {

const QStringList &builtinSounds()
{
    static const QStringList names {QStringLiteral("chime"), QStringLiteral("alert"), QStringLiteral("alarm")};
    return names;
}

} // namespace

RuleSoundPlayer::RuleSoundPlayer(QObject *parent)
    : QObject(parent)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_hasOutput([] { return !QMediaDevices::audioOutputs().isEmpty(); })
{ }

RuleSoundPlayer::~RuleSoundPlayer() = default;

void RuleSoundPlayer::setMuted(bool muted)
{
    m_muted = muted;
    if (muted)
        for (QSoundEffect *effect : std::as_const(m_effects))
            effect->stop();
}

QUrl RuleSoundPlayer::sourceOf(const QString &sound)
{
    const QString name = sound.trimmed();
    if (builtinSounds().contains(name.toLower()))
        return QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(name.toLower()));
    // A path, not a name: absolute, or with the .wav suffix (relative to the working directory). The file itself is
    // read by QSoundEffect's loader thread, never here.
    if (QDir::isAbsolutePath(name) || name.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        return QUrl::fromLocalFile(QDir::cleanPath(QDir::current().absoluteFilePath(name)));
    return {};
}

bool RuleSoundPlayer::play(const Rule &rule)
{
    if (rule.sound.isEmpty() || m_muted)
        return false;
    const qint64 now = m_nowMs();
    const auto last = m_lastPlayedMs.constFind(rule.name);
    if (last != m_lastPlayedMs.cend() && now - *last < kMinGapMs)
        return false;
    const QUrl source = sourceOf(rule.sound);
    if (source.isEmpty()) {
        reportOnce(QStringLiteral("name:") + rule.sound,
            tr("Rule \"%1\": sound \"%2\" is neither a built-in sound (chime, alert, alarm) nor a WAV file.")
                .arg(rule.name, rule.sound));
        return false;
    }
    m_lastPlayedMs.insert(rule.name, now);
    Q_EMIT played(rule.name, source);
    if (!hasOutput())
        return true;
    QSoundEffect *effect = effectFor(rule.name, source);
    if (effect->status() != QSoundEffect::Error)
        effect->play();
    return true;
}

bool RuleSoundPlayer::hasOutput()
{
    if (m_outputKnown < 0) {
        m_outputKnown = m_hasOutput() ? 1 : 0;
        if (!m_outputKnown)
            reportOnce(QStringLiteral("device"), tr("No audio output device: rule sounds are silent."));
    }
    return m_outputKnown == 1;
}

QSoundEffect *RuleSoundPlayer::effectFor(const QString &rule, const QUrl &source)
{
    QSoundEffect *&effect = m_effects[source];
    if (effect)
        return effect;
    effect = new QSoundEffect(this);
    // Loading happens on QSoundEffect's own thread; a file that cannot be read or decoded ends in Error, said once.
    connect(effect, &QSoundEffect::statusChanged, this, [this, effect, rule] {
        if (effect->status() == QSoundEffect::Error)
            reportOnce(QStringLiteral("file:") + effect->source().toString(),
                tr("Rule \"%1\": sound \"%2\" cannot be played.")
                    .arg(rule,
                        effect->source().isLocalFile() ? effect->source().toLocalFile() : effect->source().toString()));
    });
    effect->setSource(source);
    return effect;
}

void RuleSoundPlayer::reportOnce(const QString &key, const QString &message)
{
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    Q_EMIT problem(message);
}

} // namespace sb::ui
