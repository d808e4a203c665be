import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../../shared/domain/language';
import { languageInfo, languages } from '../../../shared/domain/language';
import { useStore } from '../../store/store';
import { Icon } from '../../ui/Icon';

/** Adds a master in a publication language the project does not have yet. */
export function AddLanguageMenu() {
  const present = useStore((state) => state.snapshot?.masters.map((master) => master.language).join(' ') ?? '');
  const readOnly = useStore((state) => state.snapshot?.readOnly != null);
  const addMaster = useStore((state) => state.addMaster);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const missing = languages.filter((language) => !present.split(' ').includes(language));

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const choose = (language: Language) => {
    setOpen(false);
    void addMaster(language);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') buttonRef.current?.focus();
    } else return;
    event.preventDefault();
  };

  const unavailable = readOnly
    ? 'The project is open read-only.'
    : missing.length === 0
      ? 'All six publication languages have a master.'
      : null;
  return (
    <div className="addLanguage" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="sidebar-add"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={unavailable !== null}
        title={unavailable ?? 'Start the master text in another publication language'}
        onClick={() => setOpen(!open)}
      >
        <Icon name="plus" size={16} />
        Add language
      </button>
      {open ? (
        <div className="menu" role="menu" id={menuId} aria-label="Languages" onKeyDown={onMenuKey}>
          {missing.map((language) => (
            <button key={language} type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => choose(language)}>
              <span className="languageCode">{language.toUpperCase()}</span>
              <span className="menu-itemLabel">{languageInfo[language].name}</span>
              <span className="menu-itemNote" lang={language} dir={languageInfo[language].direction}>
                {languageInfo[language].nativeName}
              </span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
