/** WGS-84 ellipsoid (NIMA TR8350.2). Kilometres. */
export const WGS84_A_KM = 6378.137;
export const WGS84_F = 1 / 298.257223563;
export const WGS84_B_KM = WGS84_A_KM * (1 - WGS84_F);
export const WGS84_E2 = WGS84_F * (2 - WGS84_F);

/** Earth's gravitational parameter, km^3/s^2 (WGS-84). */
export const MU_EARTH_KM3_S2 = 398600.4418;
/** Earth's rotation rate, rad/s (WGS-84). */
export const OMEGA_EARTH_RAD_S = 7.2921151467e-5;

export const DEG = Math.PI / 180;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
