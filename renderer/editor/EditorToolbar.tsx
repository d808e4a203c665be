import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { shortcutLabel } from '../../shared/schema/shortcuts';
import { Icon } from '../ui/Icon';
import { modifierKey } from '../ui/modifierKey';
import { blockStyles } from './blockStyles';
import { currentBlockStyle } from './currentBlockStyle';
import { ToolbarButton } from './ToolbarButton';
import type { Tool } from './toolbarTools';
import { blockTools, listTools, markTools, organizationTools, tableTools } from './toolbarTools';
import type { Zoom } from './usePageZoom';
import { zoomSteps } from './usePageZoom';

interface EditorToolbarProps {
  readonly editor: Editor;
  readonly readOnly: boolean;
  readonly zoom: Zoom;
  readonly onZoom: (zoom: Zoom) => void;
  readonly onCrossReference: () => void;
  readonly onFootnote: () => void;
  /** Asks for the image of a new figure. */
  readonly onFigure: () => void;
  /** Opens the dialog that freezes every master as a dated iteration. */
  readonly onSaveIteration: () => void;
}

const mac = modifierKey === '⌘';
const styleGroups = [...new Set(blockStyles.map((style) => style.group))];
const allTools = [...markTools, ...listTools, ...blockTools, ...organizationTools];

/** The paragraph styles, character formats and blocks of a common text, each with its shortcut. */
export function EditorToolbar({
  editor,
  readOnly,
  zoom,
  onZoom,
  onCrossReference,
  onFootnote,
  onFigure,
  onSaveIteration,
}: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      style: currentBlockStyle(current),
      active: allTools.filter((tool) => tool.active?.(current)).map((tool) => tool.name),
      inTable: current.isActive('table'),
      canMerge: current.can().mergeTableCells(),
      canSplit: current.can().splitTableCell(),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });

  const button = (tool: Tool) => (
    <ToolbarButton
      key={tool.name}
      label={tool.label}
      shortcut={tool.shortcut ? shortcutLabel(tool.shortcut, mac) : undefined}
      active={tool.active ? state.active.includes(tool.name) : undefined}
      disabled={readOnly || (tool.name === 'merge' && !state.canMerge) || (tool.name === 'split' && !state.canSplit)}
      onClick={() => tool.run(editor)}
    >
      <span className={tool.className ? `toolGlyph ${tool.className}` : 'toolGlyph'}>{tool.text}</span>
    </ToolbarButton>
  );

  return (
    <div className="editorToolbar" role="toolbar" aria-label="Formatting">
      <div className="editorToolbar-row">
        <select
          className="toolSelect"
          aria-label="Paragraph style"
          title={`Paragraph style: body text ${shortcutLabel('paragraph', mac)}, headings ${shortcutLabel('heading1', mac)} to 6, annex ${shortcutLabel('annex', mac)}`}
          disabled={readOnly}
          value={state.style.value}
          onChange={(event) => blockStyles.find((style) => style.value === event.target.value)?.apply(editor)}
        >
          {blockStyles.some((style) => style.value === state.style.value) ? null : (
            <option value={state.style.value} disabled>
              {state.style.label}
            </option>
          )}
          {styleGroups.map((group) => (
            <optgroup key={group} label={group}>
              {blockStyles
                .filter((style) => style.group === group)
                .map((style) => (
                  <option key={style.value} value={style.value}>
                    {style.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <span className="toolSeparator" />
        {markTools.map(button)}
        <span className="toolSeparator" />
        {listTools.map(button)}
        <span className="toolSeparator" />
        {blockTools.map(button)}
        <ToolbarButton label="Insert figure (an image file)" shortcut={shortcutLabel('figure', mac)} disabled={readOnly} onClick={onFigure}>
          <span className="toolGlyph">Figure</span>
        </ToolbarButton>
        <span className="toolSeparator" />
        <ToolbarButton
          label="Insert cross-reference"
          shortcut={shortcutLabel('crossReference', mac)}
          disabled={readOnly}
          onClick={onCrossReference}
        >
          <span className="toolGlyph">→ Ref</span>
        </ToolbarButton>
        <ToolbarButton label="Insert footnote" shortcut={shortcutLabel('footnote', mac)} disabled={readOnly} onClick={onFootnote}>
          <span className="toolGlyph">Fn¹</span>
        </ToolbarButton>
        <span className="toolSeparator" />
        {organizationTools.map(button)}
        <span className="toolSeparator" />
        <ToolbarButton
          label="Undo"
          shortcut={`${modifierKey}Z`}
          disabled={readOnly || !state.canUndo}
          onClick={() => editor.chain().focus().undo().run()}
        >
          <Icon name="undo" />
        </ToolbarButton>
        <ToolbarButton
          label="Redo"
          shortcut={`${modifierKey}Y`}
          disabled={readOnly || !state.canRedo}
          onClick={() => editor.chain().focus().redo().run()}
        >
          <Icon name="redo" />
        </ToolbarButton>
        <span className="toolSpacer" />
        <ToolbarButton
          label="Save iteration…"
          shortcut={mac ? '⌘⇧S' : 'Ctrl+Shift+S'}
          disabled={readOnly}
          className="toolButton-labelled"
          onClick={onSaveIteration}
        >
          <Icon name="history" size={16} />
          <span className="toolButton-text">Save iteration</span>
        </ToolbarButton>
        {readOnly ? (
          <span className="toolNote">
            <Icon name="lock" size={14} />
            Read-only
          </span>
        ) : null}
        <select
          className="toolSelect toolSelect-zoom"
          aria-label="Zoom"
          title="Zoom"
          value={zoom}
          onChange={(event) => onZoom(Number(event.target.value) as Zoom)}
        >
          {zoomSteps.map((step) => (
            <option key={step} value={step}>
              {step} %
            </option>
          ))}
        </select>
      </div>
      {state.inTable && !readOnly ? (
        <div className="editorToolbar-row editorToolbar-table" role="group" aria-label="Table">
          <span className="toolNote">Table</span>
          {tableTools.map(button)}
        </div>
      ) : null}
    </div>
  );
}
