import { useRef } from 'react';

export interface TabsProps<K extends string> {
  tabs: { key: K; label: string }[];
  selected: K;
  onSelect: (key: K) => void;
}

/** WAI-ARIA tabs: arrow keys move between tabs (mirrored in right-to-left layouts), Home/End jump. */
export function Tabs<K extends string>({ tabs, selected, onSelect }: TabsProps<K>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    const target =
      step !== undefined ? (index + step + tabs.length) % tabs.length : event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : -1;
    if (target < 0) return;
    event.preventDefault();
    onSelect(tabs[target].key);
    refs.current[target]?.focus();
  };
  return (
    <div role="tablist" className="tabs">
      {tabs.map((tab, i) => (
        <button
          key={tab.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.key}`}
          aria-selected={tab.key === selected}
          aria-controls={`panel-${tab.key}`}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
          onKeyDown={(e) => onKeyDown(e, i)}
          data-testid={`tab-${tab.key}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
