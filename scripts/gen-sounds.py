#!/usr/bin/env python3
"""Writes the desk's built-in sounds (resources/sounds/*.wav): 16-bit mono PCM at 44.1 kHz, short, with a soft attack
and decay so they do not click. Generated rather than sampled, so their licence is the project's own."""
import math
import os
import struct
import sys
import wave

RATE = 44100


def tone(freqs, dur, vol=0.45):
    out = []
    for i in range(int(RATE * dur)):
        t = i / RATE
        env = min(1.0, i / (0.005 * RATE)) * math.exp(-3.5 * t / dur)
        out.append(sum(math.sin(2 * math.pi * f * t) for f in freqs) / len(freqs) * env * vol)
    return out


def silence(dur):
    return [0.0] * int(RATE * dur)


def write(path, samples):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "resources", "sounds")
os.makedirs(out, exist_ok=True)
# chime: a rising fifth, for a rule that matched
write(os.path.join(out, "chime.wav"), tone([880, 1760], 0.18) + tone([1318.5, 2637], 0.32))
# alert: three short beeps, for a rule that notifies
write(os.path.join(out, "alert.wav"), (tone([1046.5], 0.09) + silence(0.05)) * 3)
# alarm: a two-tone call, repeated by an open alarm until someone acknowledges it
write(os.path.join(out, "alarm.wav"), (tone([740], 0.22, 0.55) + tone([988], 0.22, 0.55)) * 2)
