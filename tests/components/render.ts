import { cleanup, render } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';
import { afterEach } from 'vitest';

import data from '../../data/graph.json';
import type { Language } from '../../src/domain/language';
import { parseGraph } from '../../src/domain/parseGraph';
import { STRINGS } from '../../src/i18n/strings';
import { StringsContext } from '../../src/i18n/StringsContext';

/** The shipped graph, read as the app reads it: component tests render its real cards and names. */
export const shipped = parseGraph(data);

/** Renders a panel as the explorer does, under the interface words of `lang`. */
export const renderIn = (lang: Language, ui: ReactElement) =>
  render(createElement(StringsContext, { value: STRINGS[lang] }, ui));

// Each test renders into a fresh document body.
afterEach(cleanup);
