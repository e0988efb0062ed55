// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { LayerControl } from '../../src/components/LayerControl';
import { renderIn } from './render';

const control = (boxes: boolean, hasCharacters = true) => {
  const onGroups = vi.fn();
  const { container } = renderIn(
    'en',
    <LayerControl
      layers={[]}
      groups={false}
      hasCharacters={hasCharacters}
      boxes={boxes}
      onLayers={vi.fn()}
      onGroups={onGroups}
    />,
  );
  return { onGroups, container };
};

describe('LayerControl', () => {
  it('switches the group boxes on a graph that has them', () => {
    const { onGroups } = control(true);
    fireEvent.click(screen.getByLabelText('Group boxes'));
    expect(onGroups).toHaveBeenCalledWith(true);
  });

  it('offers no group switch on a large graph, which is drawn without boxes, and keeps the layers', () => {
    control(false);
    expect(screen.queryByLabelText('Group boxes')).toBeNull();
    expect(screen.getByLabelText('Actors')).toBeTruthy();
  });

  it('draws nothing when there is neither a layer nor a box to switch', () => {
    expect(control(false, false).container.innerHTML).toBe('');
  });
});
