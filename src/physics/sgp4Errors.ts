/** What satellite.js's SGP4 error codes mean (Vallado's sgp4unit), for messages a person reads. */
export const SGP4_ERRORS: Readonly<Record<number, string>> = {
  1: 'its mean elements are out of range (eccentricity or semi-major axis)',
  2: 'its mean motion is negative',
  3: 'its perturbed eccentricity is out of range',
  4: 'its semi-latus rectum is negative',
  5: 'its orbit is below the Earth’s surface',
  6: 'the satellite has decayed',
};

export const sgp4ErrorText = (code: number): string => SGP4_ERRORS[code] ?? `SGP4 error ${code}`;
