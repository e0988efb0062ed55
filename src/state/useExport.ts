import { useCallback, useEffect, useMemo, useState } from 'react';

import type { ExportWords } from '../contracts/exportWords';
import type { ExportStage } from '../contracts/graphApi';
import type { Notice } from '../contracts/notice';
import { ExportError, type ExportOptions } from '../domain/exportPlan';
import { changeOptions } from '../domain/postingPlan';
import { canCopyImages, canShareFiles, copyImage, shareImage } from './shareImage';
import { type ExportInputs, useExportPlan } from './useExportPlan';

/** Longest side of the live preview, in CSS pixels. */
const PREVIEW_SIDE = 420;

/** The export dialog's state: options, the plan they give, a live preview, and saving with progress. */
export function useExport<S extends ExportWords>(inputs: ExportInputs<S>) {
  const { api } = inputs;
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<ExportStage | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [preview, setPreview] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  // Names the previewed image leaves out (measured at the file's size), so the dialog can offer less to draw.
  const [namesLeftOut, setNamesLeftOut] = useState(0);
  const setup = useExportPlan(inputs, open);
  const { job, strings, problem, fileName, size } = setup;

  const previewJob = useMemo(() => {
    if (!job) return null;
    const factor = Math.min(1, PREVIEW_SIDE / job.plan.width, PREVIEW_SIDE / job.plan.height);
    return { ...job, format: 'png' as const, factor, onNamesLeftOut: setNamesLeftOut };
  }, [job]);

  useEffect(
    function drawPreview() {
      if (!open || !api || !previewJob) return;
      let cancelled = false;
      // Debounced: typing a custom width should not start one drawing per keystroke.
      const timer = setTimeout(() => {
        api
          .exportImage(previewJob, () => undefined)
          .then(
            (blob) => {
              if (!cancelled) setPreview({ url: URL.createObjectURL(blob), failed: false });
            },
            () => {
              if (!cancelled) setPreview({ url: null, failed: true });
            },
          );
      }, 120);
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    },
    [open, api, previewJob],
  );

  useEffect(
    function releasePreview() {
      // Revoked once the <img> shows the next URL (or is gone): revoking earlier can abort its load.
      const url = preview.url;
      return () => {
        if (url) URL.revokeObjectURL(url);
      };
    },
    [preview.url],
  );

  const save = useCallback(async () => {
    if (!api || !job || problem) return;
    setNotice(null);
    setStage('draw');
    try {
      const blob = await api.exportImage(job, setStage);
      saveBlob(blob, fileName);
      setNotice({ tone: 'info', text: strings.saved(fileName, size.width, size.height) });
    } catch (error) {
      const failure = error instanceof ExportError ? error.failure : 'no-image';
      setNotice({ tone: 'error', text: strings.failed(strings.failures[failure]) });
    } finally {
      setStage(null);
    }
  }, [api, job, problem, fileName, size, strings]);

  /** Copy or share the image: a PNG whatever the format chosen (clipboards and share sheets take images, not SVG). */
  const hand = useCallback(
    async (how: 'copy' | 'share') => {
      if (!api || !job || problem) return;
      setNotice(null);
      setStage('draw');
      const image = api.exportImage({ ...job, format: 'png' }, setStage);
      try {
        if (how === 'copy') await copyImage(image);
        else await shareImage(await image, setup.pngFileName, setup.altText);
        setNotice({ tone: 'info', text: how === 'copy' ? strings.imageCopied : strings.shared });
      } catch (error) {
        // Closing the share sheet is a choice, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        const failure = error instanceof ExportError ? strings.failures[error.failure] : strings.handFailed;
        setNotice({ tone: 'error', text: strings.failed(failure) });
      } finally {
        setStage(null);
      }
    },
    [api, job, problem, setup.pngFileName, setup.altText, strings],
  );
  const [handing] = useState(() => ({ copy: canCopyImages(), share: canShareFiles() }));

  return {
    open,
    openDialog: () => setOpen(true),
    busy: stage !== null,
    notice,
    /** Everything the dialog shows, as its props. */
    dialog: {
      strings,
      options: setup.options,
      size,
      problem,
      preview,
      namesLeftOut,
      altText: setup.altText,
      fileName,
      stage,
      notice,
      onChange: (change: Partial<ExportOptions>) => setup.setOptions((o) => changeOptions(o, change)),
      onSave: () => void save(),
      onCopyImage: handing.copy ? () => void hand('copy') : null,
      onShare: handing.share ? () => void hand('share') : null,
      onClose: () => {
        setOpen(false);
        setPreview({ url: null, failed: false });
      },
    },
  };
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
