/**
 * A time field: a time of day ("08:30", with the scenario's startTime) or seconds from the
 * start, typed with units where a person types them ("90s", "12min", "1h30"). The document
 * holds what was typed (a clock string, or seconds; NaN when unreadable) so the validator —
 * not the field — says what is wrong, under the field, by JSON path.
 */
import { useState } from 'react';
import { useWorkbench } from '../state/context.js';
import { parseTimeInput, showTime, type TimeValue } from '../state/time-edits.js';
import { FieldShell } from './fields.js';

export function TimeField(props: {
  label: string;
  /** JSON paths of the two forms, e.g. `…flights[0].at` and `…flights[0].atSeconds`. */
  clockPath: string;
  secondsPath: string;
  clock: string | undefined;
  seconds: number | undefined;
  startTime: string | undefined;
  unit?: string;
  onChange: (v: TimeValue) => void;
}) {
  const wb = useWorkbench();
  const shownNow = showTime(props.clock, props.seconds, props.startTime);
  const [text, setText] = useState(shownNow);
  const [shown, setShown] = useState(shownNow);
  if (shownNow !== shown) {
    // The document changed from elsewhere (undo, the start time): show its value.
    setShown(shownNow);
    if (showTime(...fromText(text), props.startTime) !== shownNow) setText(shownNow);
  }
  return (
    <FieldShell
      label={props.label}
      path={typeof props.clock === 'string' ? props.clockPath : props.secondsPath}
      unit={props.unit}
    >
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          className="input input-number input-time"
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onBlur={() => wb.seal()}
          onChange={(e) => {
            const v = parseTimeInput(e.target.value);
            setText(e.target.value);
            setShown(showTime(...fromValue(v), props.startTime));
            props.onChange(v);
          }}
        />
      )}
    </FieldShell>
  );
}

function fromValue(v: TimeValue): [string | undefined, number | undefined] {
  return 'clock' in v ? [v.clock, undefined] : [undefined, v.seconds];
}

function fromText(text: string): [string | undefined, number | undefined] {
  return fromValue(parseTimeInput(text));
}

/** A duration field: seconds, typed with units ("90s", "12min", "1h30"); a clock time is not a duration (NaN, named by the validator). */
export function DurationField(props: {
  label: string;
  path: string;
  value: number | undefined;
  unit?: string;
  onChange: (seconds: number) => void;
}) {
  return (
    <TimeField
      label={props.label}
      clockPath={props.path}
      secondsPath={props.path}
      clock={undefined}
      seconds={props.value}
      startTime={undefined}
      unit={props.unit}
      onChange={(v) => props.onChange('seconds' in v ? v.seconds : Number.NaN)}
    />
  );
}
