import './ExportDialog.css';

import { useEffect, useRef, useState } from 'react';

import { EXPORT_STAGES, type ExportStage } from '../contracts/graphApi';
import type { Notice } from '../contracts/notice';
import type { ExportOptions, SizeProblem } from '../domain/exportPlan';
import type { ExportStrings } from '../i18n/exportStrings';
import { ExportOptionsForm } from './ExportOptionsForm';

interface Props {
  strings: ExportStrings;
  options: ExportOptions;
  size: { width: number; height: number };
  problem: SizeProblem | null;
  preview: { url: string | null; failed: boolean };
  /** Names the image leaves out for want of room at this size. */
  namesLeftOut: number;
  /** A character whose neighbourhood fits where the whole chart does not; null in focus mode. */
  neighbourhood: { name: string; onChoose: () => void } | null;
  altText: string;
  fileName: string;
  stage: ExportStage | null;
  notice: Notice | null;
  onChange: (change: Partial<ExportOptions>) => void;
  onSave: () => void;
  /** Null where the browser cannot copy images / share files. */
  onCopyImage: (() => void) | null;
  onShare: (() => void) | null;
  onClose: () => void;
}

/**
 * A modal dialog (native <dialog>: the page behind is inert, Esc closes it, focus returns to the
 * button that opened it) with the options, a live preview, the pixel size and the alt text.
 */
export function ExportDialog(props: Props) {
  const { strings, size, problem, preview, stage, notice, onClose } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(function showModal() {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.altText);
      setCopied(true);
    } catch {
      // No clipboard permission: select the text so Ctrl+C copies it.
      altRef.current?.focus();
      altRef.current?.select();
    }
  };

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="export-title">{strings.title}</h2>
      <div className="export-body">
        <ExportOptionsForm options={props.options} strings={strings} onChange={props.onChange} />
        <div className="export-side">
          <figure className="export-preview">
            {preview.url ? (
              <img src={preview.url} alt={strings.preview} data-testid="export-preview" />
            ) : (
              <span className="hint">{preview.failed ? strings.previewFailed : '…'}</span>
            )}
            <figcaption data-testid="export-size">{strings.size_(size.width, size.height)}</figcaption>
          </figure>
          {props.namesLeftOut > 0 && (
            <p className="notice notice-info" role="status" data-testid="names-left-out">
              {strings.namesLeftOut(props.namesLeftOut)}{' '}
              {props.neighbourhood && (
                <button type="button" className="link-button" onClick={props.neighbourhood.onChoose}>
                  {strings.neighbourhoodInstead(props.neighbourhood.name)}
                </button>
              )}
            </p>
          )}
          {problem && (
            <p className="notice notice-error" role="alert">
              {strings.tooLarge(problem)}
            </p>
          )}
          <label className="export-alt">
            {strings.altText}
            <textarea id="export-alt" ref={altRef} readOnly rows={4} value={props.altText} />
          </label>
          <button type="button" onClick={() => void copy()}>
            {copied ? strings.copied : strings.copy}
          </button>
          {stage && (
            <p role="status" className="export-progress">
              <progress max={EXPORT_STAGES.length} value={EXPORT_STAGES.indexOf(stage) + 1} /> {strings.stages[stage]}
            </p>
          )}
          {notice && !stage && (
            <p className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
              {notice.text}
            </p>
          )}
        </div>
      </div>
      <div className="export-actions">
        <button type="button" className="primary" onClick={props.onSave} disabled={problem !== null || stage !== null}>
          {strings.download} {props.fileName}
        </button>
        {props.onCopyImage && (
          <button type="button" onClick={props.onCopyImage} disabled={problem !== null || stage !== null}>
            {strings.copyImage}
          </button>
        )}
        {props.onShare && (
          <button type="button" onClick={props.onShare} disabled={problem !== null || stage !== null}>
            {strings.share}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {strings.close}
        </button>
      </div>
    </dialog>
  );
}
