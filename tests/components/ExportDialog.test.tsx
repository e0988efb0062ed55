// @vitest-environment jsdom
// Unmounts each test's render.
import './render';

import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { ExportDialog } from '../../src/components/ExportDialog';
import { DEFAULT_EXPORT_OPTIONS } from '../../src/domain/exportPlan';
import { EXPORT_STRINGS } from '../../src/i18n/exportStrings';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods: open and close it as a browser would.
  const proto = HTMLDialogElement.prototype as { showModal?: () => void; close?: () => void };
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

type Props = Parameters<typeof ExportDialog>[0];

function dialog(over: Partial<Props> = {}) {
  const props: Props = {
    strings: EXPORT_STRINGS.en,
    options: DEFAULT_EXPORT_OPTIONS,
    size: { width: 1200, height: 675 },
    problem: null,
    preview: { url: null, failed: false },
    namesLeftOut: 0,
    neighbourhood: null,
    altText: 'All of Us Are Dead: 33 characters and 79 links.',
    fileName: 'all-of-us-are-dead-s1.png',
    stage: null,
    notice: null,
    onChange: vi.fn(),
    onSave: vi.fn(),
    onCopyImage: null,
    onShare: null,
    onClose: vi.fn(),
    ...over,
  };
  render(<ExportDialog {...props} />);
  return props;
}

describe('ExportDialog', () => {
  it('shows the pixel size, the alt text and the file it will save', () => {
    const props = dialog();
    expect(screen.getByTestId('export-size').textContent).toBe('1,200 × 675 px');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Alt text' }).value).toBe(props.altText);
    fireEvent.click(screen.getByRole('button', { name: 'Download all-of-us-are-dead-s1.png' }));
    expect(props.onSave).toHaveBeenCalledTimes(1);
  });

  it('says how many names a size leaves out and offers one neighbourhood instead', () => {
    const onChoose = vi.fn();
    dialog({ namesLeftOut: 6, neighbourhood: { name: 'Yoon Gwi-nam', onChoose } });
    expect(screen.getByTestId('names-left-out').textContent).toBe(
      '6 names would overprint at this size and are left out. Show only Yoon Gwi-nam and their links instead',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show only Yoon Gwi-nam and their links instead' }));
    expect(onChoose).toHaveBeenCalledTimes(1);
  });

  it('refuses a size the browser cannot save', () => {
    dialog({ problem: { reason: 'side', limit: 16384 } });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Too large: this browser cannot save an image with a side over 16,384 px/,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Download all-of-us-are-dead-s1.png' }).disabled).toBe(
      true,
    );
  });

  it('shows the stage while saving, in Korean', () => {
    dialog({ strings: EXPORT_STRINGS.ko, stage: 'compose' });
    const progress = screen.getByText(EXPORT_STRINGS.ko.stages.compose, { exact: false });
    expect(progress.querySelector('progress')?.getAttribute('value')).toBe('2');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '다운로드 all-of-us-are-dead-s1.png' }).disabled).toBe(
      true,
    );
  });
});
