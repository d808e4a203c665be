import { lazy, Suspense } from 'react';
import type { Language } from '../../../shared/domain/language';
import { languageInfo } from '../../../shared/domain/language';
import { designation } from '../../../shared/domain/projectMetadata';
import { useStore } from '../../store/store';
import { EmptyState } from '../../ui/EmptyState';
import { useChangeBase } from './useChangeBase';

// The editor (Tiptap and ProseMirror) loads when a master is first opened, not with the start screen.
const MasterEditor = lazy(async () => ({ default: (await import('../../editor/MasterEditor')).MasterEditor }));

interface MasterViewProps {
  readonly language: Language;
}

/** The master text of one language, once loaded. */
export function MasterView({ language }: MasterViewProps) {
  const master = useStore((state) => (state.master?.language === language ? state.master : null));
  const loading = useStore((state) => state.masterLoading === language);
  const readOnly = useStore((state) => state.snapshot?.readOnly != null);
  const cited = useStore((state) => (state.snapshot ? designation(state.snapshot.metadata) : ''));
  const showView = useStore((state) => state.showView);
  // The default view while editing: the changes since the latest iteration, marked.
  useChangeBase(language, master !== null);
  const waiting = <div className="masterView-loading" aria-busy="true" />;
  if (master) {
    return (
      <Suspense fallback={waiting}>
        <MasterEditor key={language} master={master} readOnly={readOnly} cited={cited} />
      </Suspense>
    );
  }
  if (loading) return waiting;
  return (
    <EmptyState icon="alert" title={`The ${languageInfo[language].name} master could not be opened`}>
      <p>The reason is in the message at the bottom right. Nothing in the project was changed.</p>
      <button type="button" className="button" onClick={() => void showView({ kind: 'master', language })}>
        Try again
      </button>
    </EmptyState>
  );
}
