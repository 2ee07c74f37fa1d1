// Optional sound: short cues synthesised with Web Audio (no files, no network), silent unless
// the player turns sound on. The audio context is made on first use, after a user gesture.

export type Cue = 'step' | 'draft' | 'accept' | 'refuse' | 'escalate' | 'news';

interface Note {
  freq: number;
  at: number;
  length: number;
  type: OscillatorType;
  gain: number;
}

const CUES: Record<Cue, Note[]> = {
  step: [
    { freq: 140, at: 0, length: 0.05, type: 'triangle', gain: 0.08 },
    { freq: 120, at: 0.18, length: 0.05, type: 'triangle', gain: 0.08 },
  ],
  draft: [{ freq: 660, at: 0, length: 0.12, type: 'sine', gain: 0.05 }],
  accept: [
    { freq: 523, at: 0, length: 0.18, type: 'sine', gain: 0.06 },
    { freq: 784, at: 0.12, length: 0.3, type: 'sine', gain: 0.06 },
  ],
  refuse: [{ freq: 220, at: 0, length: 0.2, type: 'sine', gain: 0.05 }],
  escalate: [
    { freq: 98, at: 0, length: 0.5, type: 'sawtooth', gain: 0.04 },
    { freq: 92, at: 0.25, length: 0.5, type: 'sawtooth', gain: 0.04 },
  ],
  news: [
    { freq: 880, at: 0, length: 0.08, type: 'square', gain: 0.02 },
    { freq: 988, at: 0.1, length: 0.08, type: 'square', gain: 0.02 },
  ],
};

export interface Sound {
  play(cue: Cue): void;
}

export function createSound(enabled: () => boolean): Sound {
  let context: AudioContext | null = null;
  return {
    play(cue) {
      if (!enabled() || typeof AudioContext === 'undefined') return;
      try {
        context ??= new AudioContext();
        const now = context.currentTime;
        for (const n of CUES[cue]) {
          const osc = context.createOscillator();
          const gain = context.createGain();
          osc.type = n.type;
          osc.frequency.value = n.freq;
          gain.gain.setValueAtTime(n.gain, now + n.at);
          gain.gain.exponentialRampToValueAtTime(0.0001, now + n.at + n.length);
          osc.connect(gain).connect(context.destination);
          osc.start(now + n.at);
          osc.stop(now + n.at + n.length + 0.02);
        }
      } catch {
        // Sound is a nicety: a browser that refuses it changes nothing in the game.
      }
    },
  };
}
