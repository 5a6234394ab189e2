/**
 * Why the replay or the scene cannot show something, as a code with its values: the interface
 * turns it into words in the reader's language (ui/reasonText.ts). `mission` is the data's English
 * mission name, spelled for the language when shown; `detail` is the physics' own message.
 */
export type Reason =
  | { code: 'couldNotModelDescent'; detail: string }
  | { code: 'couldNotModelAscent'; detail: string }
  | { code: 'notLanding'; mission: string }
  | { code: 'noTimes'; mission: string }
  | { code: 'noTleReturn'; mission: string }
  | { code: 'noTleLaunch'; mission: string }
  | { code: 'noPad'; mission: string }
  | { code: 'noLandingPoint'; mission: string }
  | { code: 'noDocking'; mission: string }
  | { code: 'noTle' }
  | { code: 'noTleNear'; days: number }
  | { code: 'sgp4' };

export type ReasonCode = Reason['code'];
