import { assertNever } from '../../shared/domain/assertNever';
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
    case 'register':
      return <RegisterView register={view.register} />;
    default:
      return assertNever(view);
  }
}
