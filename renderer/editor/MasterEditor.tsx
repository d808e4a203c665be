import type { JSONContent } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { MouseEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { languageInfo } from '../../shared/domain/language';
import type { Master } from '../../shared/domain/project';
import { useStore } from '../store/store';
import { useActiveEditor } from './activeEditor';
import { CrossReferenceDialog } from './CrossReferenceDialog';
import { EditorToolbar } from './EditorToolbar';
import { FindBar } from './find/FindBar';
import { FootnoteDialog } from './FootnoteDialog';
import { masterExtensions } from './masterExtensions';
import { masterJsonText, masterWordCount } from './masterSerializer';
import { readImageFile } from './readImageFile';
import { usePageZoom } from './usePageZoom';
import '../styles/page.css';
import '../styles/masterText.css';
import '../styles/changeMarks.css';

interface MasterEditorProps {
  readonly master: Master;
  readonly readOnly: boolean;
  /** The designation, for the running head. */
  readonly cited: string;
}

type OpenDialog = 'crossReference' | 'footnote' | null;

/** One master text on a page set like the published one; saves itself a moment after typing stops. */
export function MasterEditor({ master, readOnly, cited }: MasterEditorProps) {
  const masterChanged = useStore((state) => state.masterChanged);
  const reportError = useStore((state) => state.reportError);
  const figureInput = useRef<HTMLInputElement>(null);
  const flushMaster = useStore((state) => state.flushMaster);
  const requestSaveIteration = useStore((state) => state.requestSaveIteration);
  const setActiveEditor = useActiveEditor((state) => state.setEditor);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [zoom, setZoom] = usePageZoom();
  const info = languageInfo[master.language];

  const editor = useEditor(
    {
      extensions: masterExtensions({
        hint: readOnly ? 'This master has no text yet.' : `Type the ${info.name} text here…`,
        requestCrossReference: () => setDialog('crossReference'),
        requestFootnote: () => setDialog('footnote'),
      }),
      content: master.content as JSONContent,
      editable: !readOnly,
      // A master stored by an older or foreign writer is shown as far as it fits rather than refused.
      enableContentCheck: false,
      // The Content Security Policy forbids <style> elements; the stylesheet carries ProseMirror's rules.
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'page-text masterText',
          lang: master.language,
          dir: info.direction,
          'aria-label': `${info.name} master text`,
          spellcheck: 'true',
        },
        handleKeyDown: (_view, event) => {
          const mod = event.ctrlKey || event.metaKey;
          if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
            event.preventDefault();
            void flushMaster();
            return true;
          }
          // The figure shortcut needs the file chooser, which only a user gesture may open.
          if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'g' && !readOnly) {
            event.preventDefault();
            figureInput.current?.click();
            return true;
          }
          return false;
        },
      },
      onUpdate: ({ editor: changed }) => {
        // A text this window may not change (a project opened read-only, an iteration) is never saved, whatever a plugin does to it.
        if (readOnly) return;
        // The document is immutable: keeping it is cheap, and JSON is made only when the save runs.
        const doc = changed.state.doc;
        masterChanged({ language: master.language, content: () => masterJsonText(doc), words: () => masterWordCount(doc) });
      },
    },
    [master, readOnly],
  );

  useEffect(() => {
    setActiveEditor(editor);
    return () => setActiveEditor(null);
  }, [editor, setActiveEditor]);

  // Leaving the view any other way than through the store still saves what was typed.
  useEffect(() => () => void useStore.getState().flushMaster(), []);

  const focusEnd = (event: MouseEvent<HTMLElement>) => {
    if (event.target === event.currentTarget && !readOnly) editor.chain().focus('end').run();
  };
  const closeDialog = () => {
    setDialog(null);
    editor.commands.focus();
  };

  return (
    <div className="masterEditor">
      <EditorToolbar
        editor={editor}
        readOnly={readOnly}
        zoom={zoom}
        onZoom={setZoom}
        onCrossReference={() => setDialog('crossReference')}
        onFootnote={() => setDialog('footnote')}
        onFigure={() => figureInput.current?.click()}
        onSaveIteration={requestSaveIteration}
      />
      <FindBar editor={editor} readOnly={readOnly} />
      <input
        ref={figureInput}
        type="file"
        hidden
        accept="image/png,image/jpeg,image/gif,image/svg+xml,image/webp"
        aria-label="Figure image file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          readImageFile(file).then(
            (image) => editor.chain().focus().insertFigure(image).run(),
            (error: unknown) => reportError(error),
          );
        }}
      />
      <div className="desk" onMouseDown={focusEnd}>
        <article className="page" lang={master.language} dir={info.direction} data-zoom={zoom} onMouseDown={focusEnd}>
          <header className="page-runningHead" dir="ltr">
            <span>{cited}</span>
            <span lang={master.language}>{info.nativeName}</span>
          </header>
          <EditorContent editor={editor} />
        </article>
      </div>
      {dialog === 'crossReference' ? <CrossReferenceDialog editor={editor} onClose={closeDialog} /> : null}
      {dialog === 'footnote' ? <FootnoteDialog editor={editor} onClose={closeDialog} /> : null}
    </div>
  );
}
