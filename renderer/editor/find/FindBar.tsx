import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FindOptions } from '../../../shared/schema/findInDocument';
import { escapeRegularExpression, plainFind } from '../../../shared/schema/findInDocument';
import { Icon } from '../../ui/Icon';
import { ToolbarButton } from '../ToolbarButton';
import { FindArrow } from './FindArrow';
import { findCountText } from './findCountText';
import type { FindQuery } from './findHighlight';
import { findStateOf } from './findHighlight';
import type { FindKeyCommand } from './findShortcuts';
import { findKeyCommand, findKeyLabels, replaceAllKeyLabel } from './findShortcuts';
import { revealMatch } from './revealMatch';
import { selectionQuery } from './selectionQuery';
import '../../styles/findBar.css';

interface FindBarProps {
  readonly editor: Editor;
  readonly readOnly: boolean;
}

/** How long the query must rest before it is searched: a search of 300 pages is not run for each letter. */
const queryDelay = 150;

const sameQuery = (a: FindQuery | null, b: FindQuery) =>
  a !== null &&
  a.text === b.text &&
  a.options.caseSensitive === b.options.caseSensitive &&
  a.options.wholeWord === b.options.wholeWord &&
  a.options.regularExpression === b.options.regularExpression;

type OptionName = keyof FindOptions;
const optionOf: Partial<Record<FindKeyCommand, OptionName>> = {
  matchCase: 'caseSensitive',
  wholeWord: 'wholeWord',
  regularExpression: 'regularExpression',
};

/**
 * Find and replace over the master, like VS Code's find widget: it opens at the top right of the
 * page with Ctrl+F (find) or Ctrl+H (replace), anywhere in the master view, and closes with
 * Escape, leaving the cursor on the current match.
 */
export function FindBar({ editor, readOnly }: FindBarProps) {
  const [open, setOpen] = useState(false);
  const [replaceOpen, setReplaceOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(plainFind);
  // Which field to focus once the bar has rendered; the counter makes each request a new one.
  const [focusRequest, setFocusRequest] = useState<{ field: 'find' | 'replace'; count: number }>({ field: 'find', count: 0 });
  const root = useRef<HTMLDivElement>(null);
  const widget = useRef<HTMLDivElement>(null);
  const findField = useRef<HTMLInputElement>(null);
  const replaceField = useRef<HTMLInputElement>(null);
  const searched = useRef<FindQuery | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const errorId = useId();

  const find = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = findStateOf(current.state);
      return {
        hasQuery: state.query !== null && state.query.text !== '',
        count: state.matches.length,
        current: state.current,
        limited: state.limited,
        error: state.error,
        replaced: state.replaced,
        reveals: state.reveals,
      };
    },
  });

  const search = useCallback(
    (next: FindQuery) => {
      clearTimeout(pending.current);
      pending.current = undefined;
      searched.current = next;
      editor.commands.setFindQuery(next);
    },
    [editor],
  );

  // The query is searched once typing in it rests; the options take effect at once.
  useEffect(() => {
    if (!open) return;
    const next = { text: query, options };
    if (sameQuery(searched.current, next)) return;
    const delay = query === '' || !sameQuery(searched.current, { ...next, text: searched.current?.text ?? '' }) ? 0 : queryDelay;
    pending.current = setTimeout(() => search(next), delay);
    return () => clearTimeout(pending.current);
  }, [open, query, options, search]);

  useEffect(() => {
    if (!open) return;
    const field = focusRequest.field === 'replace' && !readOnly ? replaceField.current : findField.current;
    field?.focus();
    field?.select();
  }, [open, focusRequest, readOnly]);

  // The current match, scrolled below the toolbar and this bar.
  useEffect(() => {
    if (!open || find.reveals === 0) return;
    const state = findStateOf(editor.state);
    const match = state.matches[state.current];
    if (match) revealMatch(editor.view, match.from, widget.current?.getBoundingClientRect().bottom ?? 0);
  }, [open, find.reveals, editor]);

  // Below the toolbar, however tall it is.
  useEffect(() => {
    const bar = root.current;
    const toolbar = bar?.previousElementSibling;
    if (!bar || !(toolbar instanceof HTMLElement)) return;
    const place = () => bar.style.setProperty('--findBar-top', `${toolbar.offsetHeight}px`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, []);

  const openBar = useCallback(
    (withReplace: boolean) => {
      const state = findStateOf(editor.state);
      const currentMatch = state.matches[state.current];
      const { from, to } = editor.state.selection;
      const selected = currentMatch && currentMatch.from === from && currentMatch.to === to ? null : selectionQuery(editor.state);
      if (selected !== null) setQuery(options.regularExpression ? escapeRegularExpression(selected) : selected);
      if (withReplace) setReplaceOpen(true);
      setOpen(true);
      setFocusRequest((request) => ({
        field: withReplace && (selected ?? query) !== '' ? 'replace' : 'find',
        count: request.count + 1,
      }));
    },
    [editor, options.regularExpression, query],
  );

  const close = useCallback(() => {
    clearTimeout(pending.current);
    searched.current = null;
    setOpen(false);
    editor.commands.setFindQuery(null);
    editor.commands.focus();
  }, [editor]);

  /** Searches a query still waiting for its delay; says whether there was one. */
  const flush = useCallback(() => {
    const next = { text: query, options };
    if (sameQuery(searched.current, next)) return false;
    search(next);
    return true;
  }, [query, options, search]);

  const next = useCallback(() => {
    if (!flush()) editor.commands.findNext();
  }, [flush, editor]);
  const previous = useCallback(() => {
    if (!flush()) editor.commands.findPrevious();
  }, [flush, editor]);
  const replaceOne = useCallback(() => {
    flush();
    editor.commands.replaceCurrentMatch(replacement);
  }, [flush, editor, replacement]);
  const replaceEvery = useCallback(() => {
    flush();
    editor.commands.replaceAllMatches(replacement);
  }, [flush, editor, replacement]);
  const toggle = useCallback((name: OptionName) => setOptions((current) => ({ ...current, [name]: !current[name] })), []);

  // The keys work anywhere in the master view: in the text, the toolbar and this bar.
  useEffect(() => {
    const host = root.current?.parentElement;
    if (!host) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const inView = target === document.body || (target !== null && host.contains(target) && !target.closest('dialog'));
      if (!inView || event.defaultPrevented || event.isComposing) return;
      const inBar = target !== null && (widget.current?.contains(target) ?? false);
      const inText = target !== null && editor.view.dom.contains(target);
      if (event.key === 'Enter' && target === findField.current && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        if (event.shiftKey) previous();
        else next();
        return;
      }
      if (event.key === 'Enter' && target === replaceField.current) {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) replaceEvery();
        else if (!event.shiftKey) replaceOne();
        return;
      }
      const command = findKeyCommand(event);
      if (!command) return;
      const option = optionOf[command];
      if (option) {
        if (!open || !(inBar || inText)) return;
        event.preventDefault();
        toggle(option);
        return;
      }
      switch (command) {
        case 'find':
        case 'replace':
          event.preventDefault();
          openBar(command === 'replace');
          return;
        case 'next':
        case 'previous':
          event.preventDefault();
          if (!open) openBar(false);
          else if (command === 'next') next();
          else previous();
          return;
        case 'close':
          if (!open || !(inBar || inText)) return;
          event.preventDefault();
          close();
          return;
        default:
          return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, open, openBar, close, next, previous, replaceOne, replaceEvery, toggle]);

  const countText = findCountText(find);
  const canReplace = !readOnly && find.hasQuery && find.count > 0 && !find.error;
  const optionButton = (name: OptionName, command: FindKeyCommand, label: string, glyph: string) => (
    <ToolbarButton label={label} shortcut={findKeyLabels[command]} active={options[name]} onClick={() => toggle(name)}>
      <span className={`findBar-glyph findBar-glyph-${name}`} aria-hidden="true">
        {glyph}
      </span>
    </ToolbarButton>
  );

  return (
    <div className="findBar" ref={root}>
      {open ? (
        <div className="findBar-widget" ref={widget} role="search" aria-label="Find and replace">
          <button
            type="button"
            className="findBar-expand"
            aria-label={replaceOpen ? 'Hide replace' : 'Show replace'}
            title={replaceOpen ? 'Hide replace' : `Show replace (${findKeyLabels.replace})`}
            aria-expanded={replaceOpen}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setReplaceOpen((shown) => !shown)}
          >
            <Icon name={replaceOpen ? 'chevronDown' : 'chevronRight'} size={16} />
          </button>
          <div className="findBar-rows">
            <div className={find.error ? 'findBar-field is-invalid' : 'findBar-field'}>
              <input
                ref={findField}
                className="findBar-input"
                type="text"
                aria-label="Find"
                placeholder="Find"
                spellCheck={false}
                autoComplete="off"
                value={query}
                aria-invalid={find.error ? true : undefined}
                aria-describedby={find.error ? errorId : undefined}
                onChange={(event) => setQuery(event.target.value)}
              />
              {optionButton('caseSensitive', 'matchCase', 'Match case', 'Aa')}
              {optionButton('wholeWord', 'wholeWord', 'Whole word', 'ab')}
              {optionButton('regularExpression', 'regularExpression', 'Regular expression', '.*')}
            </div>
            <div className="findBar-actions">
              <span
                className={find.hasQuery && find.count === 0 && find.replaced === null ? 'findBar-count is-empty' : 'findBar-count'}
                role="status"
              >
                {countText}
              </span>
              <ToolbarButton label="Previous match" shortcut={findKeyLabels.previous} disabled={find.count === 0} onClick={previous}>
                <FindArrow direction="up" />
              </ToolbarButton>
              <ToolbarButton label="Next match" shortcut={findKeyLabels.next} disabled={find.count === 0} onClick={next}>
                <FindArrow direction="down" />
              </ToolbarButton>
              <ToolbarButton label="Close" shortcut={findKeyLabels.close} onClick={close}>
                <Icon name="close" size={16} />
              </ToolbarButton>
            </div>
            {find.error ? (
              <div id={errorId} className="findBar-error" role="alert">
                {find.error}
              </div>
            ) : null}
            {replaceOpen ? (
              <>
                <div className="findBar-field">
                  <input
                    ref={replaceField}
                    className="findBar-input"
                    type="text"
                    aria-label="Replace"
                    placeholder={readOnly ? 'Read-only: nothing can be replaced' : 'Replace'}
                    spellCheck={false}
                    autoComplete="off"
                    disabled={readOnly}
                    value={replacement}
                    onChange={(event) => setReplacement(event.target.value)}
                  />
                </div>
                <div className="findBar-actions">
                  <button
                    type="button"
                    className="findBar-button"
                    title="Replace the current match (Enter)"
                    disabled={!canReplace}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={replaceOne}
                  >
                    Replace
                  </button>
                  <button
                    type="button"
                    className="findBar-button"
                    title={`Replace every match, as one step to undo (${replaceAllKeyLabel})`}
                    disabled={!canReplace}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={replaceEvery}
                  >
                    Replace all
                  </button>
                </div>
              </>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
