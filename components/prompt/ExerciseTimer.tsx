import { useEffect, useRef, useState } from 'preact/hooks';

export interface TimerLabels {
  timeLeft: string;
  start: string;
  pause: string;
  resume: string;
  started(left: number): string;
  halfWay(left: number): string;
  ended: string;
}

export interface ExerciseTimerProps {
  durationSeconds: number;
  labels: TimerLabels;
  now(): number;
  /** The first Start only; Resume after a pause does not call it again. */
  onStart(): void;
  onEnd(): void;
}

type Phase = 'ready' | 'running' | 'paused' | 'ended';

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
const TICK_MS = 250;

/** "01:30" */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * A countdown started by the person. The status line under it is a polite live region that
 * changes only at the start, half-way and the end, so a screen reader is not interrupted each second.
 */
export function ExerciseTimer({ durationSeconds, labels, now, onStart, onEnd }: ExerciseTimerProps) {
  const [phase, setPhase] = useState<Phase>('ready');
  const [left, setLeft] = useState(durationSeconds);
  const [status, setStatus] = useState('');
  const endAt = useRef(0);
  const halfSaid = useRef(false);
  const started = useRef(false);
  const ended = useRef(false);

  useEffect(() => {
    if (phase !== 'running') return;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((endAt.current - now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) {
        if (ended.current) return;
        ended.current = true;
        setPhase('ended');
        setStatus(labels.ended);
        onEnd();
      } else if (!halfSaid.current && seconds <= durationSeconds / 2) {
        halfSaid.current = true;
        setStatus(labels.halfWay(seconds));
      }
    };
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [phase, now, durationSeconds, labels, onEnd]);

  const toggle = () => {
    if (phase === 'running') {
      setPhase('paused');
      return;
    }
    endAt.current = now() + left * 1000;
    setPhase('running');
    if (!started.current) {
      started.current = true;
      setStatus(labels.started(left));
      onStart();
    }
  };

  const remaining = durationSeconds > 0 ? left / durationSeconds : 0;
  return (
    <div class={`timer timer--${phase}`} data-phase={phase}>
      <div class="timer__face">
        <svg class="timer__ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
          <circle class="timer__track" cx="50" cy="50" r={RADIUS} />
          {remaining > 0 && (
            <circle
              class="timer__fill"
              cx="50"
              cy="50"
              r={RADIUS}
              stroke-dasharray={`${CIRCUMFERENCE * remaining} ${CIRCUMFERENCE}`}
              transform="rotate(-90 50 50)"
            />
          )}
        </svg>
        <p class="timer__text">
          <span class="visually-hidden">{labels.timeLeft}: </span>
          <span class="timer__digits" role="timer">
            {clockText(left)}
          </span>
        </p>
      </div>
      <div class="timer__side">
        {phase !== 'ended' && (
          <button type="button" class="button button--primary timer__button" onClick={toggle}>
            {phase === 'ready' ? labels.start : phase === 'running' ? labels.pause : labels.resume}
          </button>
        )}
        <p class="timer__status" aria-live="polite">
          {status}
        </p>
      </div>
    </div>
  );
}
