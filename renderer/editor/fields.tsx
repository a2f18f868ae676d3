/**
 * Form fields that show the core validator's message for their JSON path right under them.
 * A number field keeps what the planner typed (even "4a" or "") while the document holds the
 * parsed value (NaN when unparseable), so the validator — not the field — says what is wrong.
 */
import { useId, useState, type ReactNode } from 'react';
import { useWorkbench } from '../state/context.js';
import { useMessages } from '../state/use-messages.js';

function Messages({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="field-error" role="alert" data-testid="field-error">
      {messages.join('; ')}
    </div>
  );
}

interface FieldShellProps {
  label: string;
  path: string;
  unit?: string;
  wide?: boolean;
  children: (props: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

export function FieldShell({ label, path, unit, wide, children }: FieldShellProps) {
  const id = useId();
  const messages = useMessages(path);
  const errId = `${id}-err`;
  const invalid = messages.length > 0;
  return (
    <div className={`field${wide ? ' field-wide' : ''}${invalid ? ' field-invalid' : ''}`} data-path={path}>
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        {children({ id, describedBy: invalid ? errId : undefined, invalid })}
        {unit ? <span className="field-unit">{unit}</span> : null}
      </div>
      <Messages id={errId} messages={messages} />
    </div>
  );
}

function showNumber(n: number | undefined): string {
  return n === undefined || Number.isNaN(n) ? '' : String(n);
}

/** Parses what was typed; anything that is not a plain number becomes NaN for the validator to name. */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return NaN;
  return Number(t);
}

export function NumberField(props: { label: string; path: string; value: number | undefined; onChange: (n: number) => void; unit?: string; step?: number; min?: number }) {
  const { value, onChange } = props;
  const wb = useWorkbench();
  const [text, setText] = useState(showNumber(value));
  const [shown, setShown] = useState<number | undefined>(value);
  if (!Object.is(value, shown)) {
    // The document changed from elsewhere (undo, another field): show its value.
    setShown(value);
    setText(showNumber(value));
  }
  return (
    <FieldShell label={props.label} path={props.path} unit={props.unit}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="input input-number"
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onBlur={() => wb.seal()}
          onChange={(e) => {
            const n = parseNumber(e.target.value);
            setText(e.target.value);
            setShown(n);
            onChange(n);
          }}
        />
      )}
    </FieldShell>
  );
}

export function TextField(props: { label: string; path: string; value: string; onChange: (s: string) => void; wide?: boolean; multiline?: boolean }) {
  const wb = useWorkbench();
  return (
    <FieldShell label={props.label} path={props.path} wide={props.wide}>
      {({ id, describedBy, invalid }) =>
        props.multiline ? (
          <textarea id={id} className="input" rows={3} onBlur={() => wb.seal()} value={props.value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => props.onChange(e.target.value)} />
        ) : (
          <input id={id} type="text" className="input" onBlur={() => wb.seal()} value={props.value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => props.onChange(e.target.value)} />
        )
      }
    </FieldShell>
  );
}

export function SelectField<T extends string>(props: { label: string; path: string; value: T; options: Array<{ value: T; label: string }>; onChange: (v: T) => void }) {
  return (
    <FieldShell label={props.label} path={props.path}>
      {({ id, describedBy, invalid }) => (
        <select id={id} className="input" value={props.value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => props.onChange(e.target.value as T)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Messages for a path that has no single field (a list, a sum), shown above its group. */
export function GroupMessages({ path }: { path: string }) {
  const messages = useMessages(path);
  const id = useId();
  return <Messages id={id} messages={messages} />;
}

/** A column header with its unit, "From (s)" / "起始（秒）": inside tables the fields' own units are hidden for room. */
export function withUnit(t: (key: string, values: Record<string, string>) => string, label: string, unit: string): string {
  return t('common.withUnit', { label, unit });
}

/** A small button for table rows. */
export function IconButton({ label, onClick, children, disabled }: { label: string; onClick: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <button type="button" className="btn btn-icon" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}
