import { useEffect, useState } from 'react';
import { groupedWarnings } from '../../../shared/domain/groupedWarnings';
import { importCountLabels } from '../../../shared/domain/importCountLabels';
import { importReportText } from '../../../shared/domain/importReportText';
import { languageInfo } from '../../../shared/domain/language';
import { designation } from '../../../shared/domain/projectMetadata';
import type { ImportCounts } from '../../../shared/domain/wordImport';
import { useStore } from '../../store/store';
import { copyText } from '../../ui/copyText';
import { formatCount } from '../../ui/formatCount';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import '../../styles/wordImport.css';

const countEntries = Object.entries(importCountLabels) as [keyof ImportCounts, string][];

/** What an import produced: the counts of what the master holds, and every warning grouped by kind with its place. */
export function ImportReportDialog() {
  const wordImport = useStore((state) => state.wordImport);
  const cited = useStore((state) => (state.snapshot ? designation(state.snapshot.metadata) : ''));
  const finishWordImport = useStore((state) => state.finishWordImport);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');

  useEffect(() => {
    if (copied === 'no') return;
    const timer = setTimeout(() => setCopied('no'), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  if (wordImport.kind !== 'imported') return null;
  const { report, destination } = wordImport;
  const groups = groupedWarnings(report.warnings);
  const languageName = languageInfo[report.language].name;
  const seconds = (report.milliseconds / 1000).toFixed(1);

  // Said on the button itself: a notice would sit behind this dialog.
  const copy = async () => setCopied((await copyText(importReportText(report))) ? 'yes' : 'failed');

  return (
    <Modal
      title="Import report"
      onClose={finishWordImport}
      className="importReport"
      footer={
        <>
          <button
            type="button"
            className="button importReport-copy"
            onClick={() => void copy()}
            title={copied === 'failed' ? 'The clipboard refused the report: select its text and copy that instead.' : undefined}
          >
            <Icon name={copied === 'yes' ? 'check' : copied === 'failed' ? 'alert' : 'document'} size={16} />
            {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Could not copy' : 'Copy report'}
          </button>
          <button type="button" className="button button-primary" onClick={finishWordImport} data-autofocus="">
            Show the {languageName} master
          </button>
        </>
      }
    >
      <p className="importReport-summary">
        <strong>{report.fileName}</strong> is now the {languageName} master{cited ? <> of {cited}</> : null}, imported in {seconds} s
        {report.counts.trackedChanges === 0
          ? '.'
          : report.trackedChanges === 'keep'
            ? ', its tracked changes kept as change marks.'
            : ', its tracked changes accepted.'}
      </p>
      {destination === 'newProject' ? (
        <p className="modal-lead">
          The project&rsquo;s title and numbers were read from the title block; check them under Project properties.
        </p>
      ) : null}

      <h3 className="importReport-heading">What the master holds</h3>
      <dl className="importReport-counts">
        {countEntries.map(([key, label]) => (
          <div key={key} className={report.counts[key] === 0 ? 'importReport-count is-zero' : 'importReport-count'}>
            <dt>{label}</dt>
            <dd>{formatCount(report.counts[key])}</dd>
          </div>
        ))}
      </dl>

      <h3 className="importReport-heading">
        Warnings <span className="pill pill-missing">{report.warnings.length}</span>
      </h3>
      {groups.length === 0 ? (
        <p className="importReport-none">
          <Icon name="check" size={16} /> No warnings: everything in the Word file found its place in the master.
        </p>
      ) : (
        <div className="importReport-warnings" role="region" aria-label="Warnings" tabIndex={0}>
          {groups.map((group) => (
            <section key={group.kind} className="importReport-group">
              <h4 className="importReport-groupHeading">
                {group.heading} <span className="importReport-groupCount">{group.warnings.length}</span>
              </h4>
              <ul className="importReport-list">
                {group.warnings.map((warning, index) => (
                  <li key={index} className="importReport-warning">
                    <span className="importReport-where">{warning.where}</span>
                    <span className="importReport-message">{warning.message}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Modal>
  );
}
