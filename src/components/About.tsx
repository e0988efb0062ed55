import type { Language } from '../domain/language';
import { ABOUT_STRINGS } from '../i18n/aboutStrings';

/** Both files are written beside index.html by the build (see vite.licence.ts). */
const LICENCE_URL = `${import.meta.env.BASE_URL}LICENSE.txt`;
const NOTICES_URL = `${import.meta.env.BASE_URL}third-party-notices.txt`;

/** A disclosure in the settings: the app's licence and the notices of every package it bundles. */
export function About({ lang, title }: { lang: Language; title: string }) {
  const strings = ABOUT_STRINGS[lang];
  return (
    <details className="about">
      <summary>{strings.about}</summary>
      <p>{strings.summary(title)}</p>
      <ul>
        <li>
          <a href={LICENCE_URL} target="_blank" rel="noopener">
            {strings.licence}
          </a>
        </li>
        <li>
          <a href={NOTICES_URL} target="_blank" rel="noopener" title={strings.noticesHint}>
            {strings.notices}
          </a>
        </li>
      </ul>
    </details>
  );
}
