import { useState } from 'react';

/**
 * The sentence for the live region: after a selection change, who is selected (told with the previous
 * selection, so a move can say how the two are linked); after a filter change, what the view holds now.
 * Kept as state adjusted during render (React's pattern for "when a prop changes") so each change is
 * said once, and a re-render for another reason does not repeat or drop it.
 */
export function useAnnouncement(
  selectedId: string | null,
  filterKey: string,
  describeSelection: (previous: string | null, selected: string) => string,
  describeFilters: () => string,
): string {
  const [said, setSaid] = useState({ selectedId, filterKey, text: '' });
  if (said.selectedId !== selectedId || said.filterKey !== filterKey) {
    const text =
      selectedId !== null && said.selectedId !== selectedId
        ? describeSelection(said.selectedId, selectedId)
        : said.filterKey !== filterKey
          ? describeFilters()
          : '';
    setSaid({ selectedId, filterKey, text });
    return text;
  }
  return said.text;
}
