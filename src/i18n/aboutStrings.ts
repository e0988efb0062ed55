/** The "About" entry of the settings: what the app is, its licence and the bundled packages' notices. */
const en = {
  about: 'About',
  summary: (title: string) => `An explorer of the relationships in ${title}. Free software under the MIT licence.`,
  licence: 'Licence (MIT)',
  notices: 'Third-party notices',
  noticesHint: 'Licences of the open-source packages bundled into this app',
};

export type AboutStrings = typeof en;

const ko: AboutStrings = {
  about: '정보',
  summary: (title: string) => `${title}의 인물 관계를 살펴보는 앱입니다. MIT 라이선스의 자유 소프트웨어입니다.`,
  licence: '라이선스 (MIT)',
  notices: '제3자 고지',
  noticesHint: '이 앱에 포함된 오픈 소스 패키지의 라이선스',
};

export const ABOUT_STRINGS = { en, ko } as const;
