import { createContext, useContext } from 'react';

import { STRINGS, type Strings } from './strings';

/**
 * The interface words of the chosen language, for every panel below the provider (App for loading and
 * errors, Explorer for the rest). Panels read them here instead of taking them as a prop from each
 * parent; outside any provider they are English.
 */
export const StringsContext = createContext<Strings>(STRINGS.en);

export const useStrings = (): Strings => useContext(StringsContext);
