import type { JSONContent } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { MouseEvent } from 'react';
import { useEffect } from 'react';
import type { DocumentNodeInput } from '../../shared/contract/schemas';
import { languageInfo } from '../../shared/domain/language';
import type { Master } from '../../shared/domain/project';
import { useStore } from '../store/store';
import { countWords } from './countWords';
import { EditorToolbar } from './EditorToolbar';
import { masterExtensions } from './masterExtensions';
import '../styles/page.css';

interface MasterEditorProps {
  readonly master: Master;
  readonly readOnly: boolean;
  /** The designation, for the running head. */
  readonly cited: string;
}

/** One master text on a page set like the published one; saves itself a moment after typing stops. */
export function MasterEditor({ master, readOnly, cited }: MasterEditorProps) {
  const masterChanged = useStore((state) => state.masterChanged);
  const flushMaster = useStore((state) => state.flushMaster);
  const info = languageInfo[master.language];

  const editor = useEditor(
    {
      extensions: masterExtensions(readOnly ? 'This master has no text yet.' : `Type the ${info.name} text here…`),
      content: master.content as JSONContent,
      editable: !readOnly,
      // The Content Security Policy forbids <style> elements; the stylesheet carries ProseMirror's rules.
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'page-text',
          lang: master.language,
          dir: info.direction,
          'aria-label': `${info.name} master text`,
          spellcheck: 'true',
        },
        handleKeyDown: (_view, event) => {
          if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
            event.preventDefault();
            void flushMaster();
            return true;
          }
          return false;
        },
      },
      onUpdate: ({ editor: changed }) => {
        // The document is immutable: keeping it is cheap, and JSON is made only when the save runs.
        const doc = changed.state.doc;
        masterChanged({
          language: master.language,
          content: () => doc.toJSON() as DocumentNodeInput,
          words: () => countWords(doc.textBetween(0, doc.content.size, '\n', ' ')),
        });
      },
    },
    [master, readOnly],
  );

  // Leaving the view any other way than through the store still saves what was typed.
  useEffect(() => () => void useStore.getState().flushMaster(), []);

  const focusEnd = (event: MouseEvent<HTMLElement>) => {
    if (event.target === event.currentTarget && !readOnly) editor.chain().focus('end').run();
  };

  return (
    <div className="masterEditor">
      <EditorToolbar editor={editor} readOnly={readOnly} />
      <div className="desk" onMouseDown={focusEnd}>
        <article className="page" lang={master.language} dir={info.direction} onMouseDown={focusEnd}>
          <header className="page-runningHead" dir="ltr">
            <span>{cited}</span>
            <span lang={master.language}>{info.nativeName}</span>
          </header>
          <EditorContent editor={editor} />
        </article>
      </div>
    </div>
  );
}
