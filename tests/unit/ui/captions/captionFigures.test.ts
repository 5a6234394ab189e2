import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/i18n/locales/en';
import { ru } from '../../../../src/i18n/locales/ru';
import { kk } from '../../../../src/i18n/locales/kk';
import { SEPARATION_SEQUENCE } from '../../../../src/physics/departure';

describe('caption figures come from the physics', () => {
  it('gives the springs’ push as the sourced 0.12 m/s, in every language', () => {
    const cm = `${Math.round(SEPARATION_SEQUENCE.springMs * 100)} см`;
    expect(en.captions.undocking).toContain(`${Math.round(SEPARATION_SEQUENCE.springMs * 100)} cm`);
    expect(ru.captions.undocking).toContain(cm);
    expect(kk.captions.undocking).toContain(cm);
  });
});
