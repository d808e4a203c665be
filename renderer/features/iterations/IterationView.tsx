import { lazy, Suspense } from 'react';
import type { Language } from '../../../shared/domain/language';
import { languageInfo } from '../../../shared/domain/language';
import { designation } from '../../../shared/domain/projectMetadata';
import { useStore } from '../../store/store';
import { EmptyState } from '../../ui/EmptyState';
import { CompareWithIteration } from './CompareWithIteration';

const MasterEditor = lazy(async () => ({ default: (await import('../../editor/MasterEditor')).MasterEditor }));

interface IterationViewProps {
  readonly number: number;
  readonly language: Language;
}

/** One language master as an iteration froze it, in the master editor, read-only (the banner above says so). */
export function IterationView({ number, language }: IterationViewProps) {
  const master = useStore((state) =>
    state.iterationMaster?.iteration === number && state.iterationMaster.language === language ? state.iterationMaster : null,
  );
  const loading = useStore((state) => state.iterationLoading?.number === number && state.iterationLoading.language === language);
  const cited = useStore((state) => (state.snapshot ? designation(state.snapshot.metadata) : ''));
  const showView = useStore((state) => state.showView);
  const waiting = <div className="masterView-loading" aria-busy="true" />;
  if (master) {
    return (
      <Suspense fallback={waiting}>
        <CompareWithIteration key={`compare-${number}-${language}`} number={number} language={language} />
        <MasterEditor key={`iteration-${number}-${language}`} master={master} readOnly cited={cited} />
      </Suspense>
    );
  }
  if (loading) return waiting;
  return (
    <EmptyState icon="alert" title={`The ${languageInfo[language].name} master of iteration ${number} could not be opened`}>
      <p>The reason is in the message at the bottom right. Nothing in the project was changed.</p>
      <button type="button" className="button" onClick={() => void showView({ kind: 'iteration', number, language })}>
        Try again
      </button>
    </EmptyState>
  );
}
