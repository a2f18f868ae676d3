/** Small form pieces the sweep and plan panels share: a labelled text field for numbers, and a progress bar. */
import { useId } from 'react';

export function NumberInput(props: { label: string; testId: string; value: string; onChange: (v: string) => void; placeholder?: string; error?: string }) {
  const id = useId();
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="input input-number"
        inputMode="numeric"
        data-testid={props.testId}
        aria-invalid={Boolean(props.error)}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error ? (
        <div className="field-error" role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}

/** A fixed-size bar (nothing moves while it fills); indeterminate when the total is unknown (plans). */
export function JobProgress({ fraction, text, label, testId, indeterminate }: { fraction: number; text: string; label: string; testId: string; indeterminate: boolean }) {
  const pct = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className={`sweep-progress${indeterminate ? ' sweep-progress-busy' : ''}`}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={indeterminate ? undefined : pct}
      aria-valuetext={text || undefined}
      aria-label={label}
      data-testid={testId}
    >
      <div className="sweep-progress-fill" style={indeterminate ? undefined : { transform: `scaleX(${pct / 100})` }} />
      <span className="sweep-progress-text">{text}</span>
    </div>
  );
}
