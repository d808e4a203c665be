import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { Icon } from '../ui/Icon';
import { modifierKey } from '../ui/modifierKey';
import { blockStyles } from './blockStyles';
import { currentBlockStyle } from './currentBlockStyle';
import { ToolbarButton } from './ToolbarButton';

interface EditorToolbarProps {
  readonly editor: Editor;
  readonly readOnly: boolean;
}

/** Paragraph style, bold and italic, lists, code, undo and redo: the few tools a master needs today. */
export function EditorToolbar({ editor, readOnly }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      block: currentBlockStyle(current),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="editorToolbar" role="toolbar" aria-label="Formatting">
      <select
        className="toolSelect"
        aria-label="Paragraph style"
        title="Paragraph style"
        disabled={readOnly}
        value={state.block}
        onChange={(event) => blockStyles.find((style) => style.value === event.target.value)?.apply(editor)}
      >
        {state.block === 'mixed' ? <option value="mixed">Mixed</option> : null}
        {blockStyles.map((style) => (
          <option key={style.value} value={style.value}>
            {style.label}
          </option>
        ))}
      </select>
      <span className="toolSeparator" />
      <ToolbarButton
        label="Bold"
        shortcut={`${modifierKey}B`}
        active={state.bold}
        disabled={readOnly}
        onClick={() => chain().toggleBold().run()}
      >
        <span className="toolGlyph toolGlyph-bold">B</span>
      </ToolbarButton>
      <ToolbarButton
        label="Italic"
        shortcut={`${modifierKey}I`}
        active={state.italic}
        disabled={readOnly}
        onClick={() => chain().toggleItalic().run()}
      >
        <span className="toolGlyph toolGlyph-italic">I</span>
      </ToolbarButton>
      <span className="toolSeparator" />
      <ToolbarButton label="Bulleted list" active={state.bulletList} disabled={readOnly} onClick={() => chain().toggleBulletList().run()}>
        <Icon name="bulletList" />
      </ToolbarButton>
      <ToolbarButton label="Numbered list" active={state.orderedList} disabled={readOnly} onClick={() => chain().toggleOrderedList().run()}>
        <Icon name="orderedList" />
      </ToolbarButton>
      <ToolbarButton
        label="Code block"
        active={state.block === 'codeBlock'}
        disabled={readOnly}
        onClick={() => chain().toggleCodeBlock().run()}
      >
        <Icon name="code" />
      </ToolbarButton>
      <span className="toolSeparator" />
      <ToolbarButton label="Undo" shortcut={`${modifierKey}Z`} disabled={readOnly || !state.canUndo} onClick={() => chain().undo().run()}>
        <Icon name="undo" />
      </ToolbarButton>
      <ToolbarButton label="Redo" shortcut={`${modifierKey}Y`} disabled={readOnly || !state.canRedo} onClick={() => chain().redo().run()}>
        <Icon name="redo" />
      </ToolbarButton>
      {readOnly ? (
        <span className="toolNote">
          <Icon name="lock" size={14} />
          Read-only
        </span>
      ) : null}
    </div>
  );
}
