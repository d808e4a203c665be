import { useStore } from '../../store/store';

/** The quiet line at the bottom of the start screen. */
export function StartFooter() {
  const openDialog = useStore((state) => state.openDialog);
  return (
    <footer className="startScreen-footer">
      <span>For the editors of Rec. ITU-T | ISO/IEC common texts</span>
      <span aria-hidden="true">·</span>
      <button type="button" className="linkButton" onClick={() => openDialog('about')}>
        About Common Text Studio
      </button>
    </footer>
  );
}
