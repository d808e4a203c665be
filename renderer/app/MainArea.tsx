import { assertNever } from '../../shared/domain/assertNever';
import { IterationRegister } from '../features/iterations/IterationRegister';
import { IterationView } from '../features/iterations/IterationView';
import { MasterView } from '../features/master/MasterView';
import { MetadataView } from '../features/metadata/MetadataView';
import { RegisterView } from '../features/registers/RegisterView';
import { useStore } from '../store/store';

/** The view the sidebar selected. */
export function MainArea() {
  const view = useStore((state) => state.view);
  switch (view.kind) {
    case 'metadata':
      return <MetadataView />;
    case 'master':
      return <MasterView language={view.language} />;
    case 'iteration':
      return <IterationView number={view.number} language={view.language} />;
    case 'register':
      return view.register === 'iterations' ? <IterationRegister /> : <RegisterView register={view.register} />;
    default:
      return assertNever(view);
  }
}
