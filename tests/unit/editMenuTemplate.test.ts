import { describe, expect, it, vi } from 'vitest';
import { editMenuTemplate, maxSuggestions } from '../../electron/main/editMenuTemplate';

const params = (overrides: Partial<Parameters<typeof editMenuTemplate>[0]> = {}): Parameters<typeof editMenuTemplate>[0] => ({
  misspelledWord: '',
  dictionarySuggestions: [],
  isEditable: true,
  selectionText: '',
  editFlags: {
    canUndo: true,
    canRedo: false,
    canCut: false,
    canCopy: false,
    canPaste: true,
    canDelete: false,
    canSelectAll: true,
    canEditRichly: true,
  },
  ...overrides,
});

const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });

describe('the right-click menu of the text', () => {
  it('offers the spelling checker’s suggestions for a misspelt word, and replaces it with the one picked', () => {
    const spy = actions();
    const items = editMenuTemplate(
      params({ misspelledWord: 'Recomendation', dictionarySuggestions: ['Recommendation', 'Recommendations'] }),
      spy,
    );
    expect(items.slice(0, 2).map((item) => item.label)).toEqual(['Recommendation', 'Recommendations']);
    items[1]!.click!({} as never, undefined, {} as never);
    expect(spy.replaceMisspelling).toHaveBeenCalledWith('Recommendations');
    const add = items.find((item) => item.label === 'Add “Recomendation” to Dictionary')!;
    add.click!({} as never, undefined, {} as never);
    expect(spy.addToDictionary).toHaveBeenCalledWith('Recomendation');
  });

  it('lists at most six suggestions, and says so when there are none', () => {
    const many = editMenuTemplate(
      params({ misspelledWord: 'teh', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] }),
      actions(),
    );
    expect(many.filter((item) => item.click && !item.label?.startsWith('Add'))).toHaveLength(maxSuggestions);
    const none = editMenuTemplate(params({ misspelledWord: 'xyzzyq' }), actions());
    expect(none[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  });

  it('enables cut and copy only with a selection, and shows only Copy outside the text', () => {
    const editable = editMenuTemplate(params(), actions());
    expect(editable.filter((item) => item.role).map((item) => [item.role, item.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', undefined],
    ]);
    expect(editMenuTemplate(params({ isEditable: false, selectionText: 'X.500' }), actions())).toEqual([{ role: 'copy' }]);
    expect(editMenuTemplate(params({ isEditable: false }), actions())).toEqual([]);
  });
});
