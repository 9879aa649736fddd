import { useRef, type KeyboardEvent } from 'react';

interface TabListProps<K extends string> {
  label: string;
  tabs: readonly (readonly [K, string])[];
  current: K;
  onSelect: (key: K) => void;
}

/**
 * The ARIA tabs pattern: one tab in the Tab order (roving tabindex), Left/Right move and select,
 * Home/End go to the first and last. Panels use id `panel-<key>`, labelled by `tab-<key>`.
 */
export function TabList<K extends string>({ label, tabs, current, onSelect }: TabListProps<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex(([key]) => key === current);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const [key] = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map(([key, text]) => (
        <button
          key={key}
          ref={(element) => {
            if (element) refs.current.set(key, element);
            else refs.current.delete(key);
          }}
          type="button"
          role="tab"
          id={`tab-${key}`}
          aria-controls={`panel-${key}`}
          aria-selected={current === key}
          tabIndex={current === key ? 0 : -1}
          className={current === key ? 'tab tab-current' : 'tab'}
          onClick={() => onSelect(key)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
