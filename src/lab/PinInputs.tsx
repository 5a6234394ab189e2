import { t } from '../i18n';
import { formatLat, formatLon } from '../i18n/format';
import { lab, type LatLon } from './labStore';

/** Where the class thinks it lands: a click on the globe sets it, or these two fields. */
export function PinInputs({ pin, onReveal }: { pin: LatLon | null; onReveal: () => void }) {
  const set = (lat: number, lon: number) => {
    if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90)
      lab.getState().dropPin({ lat, lon: ((((lon + 180) % 360) + 360) % 360) - 180 });
  };
  return (
    <div className="what-if__pin">
      <p className="small">{t('whatIf.pinHelp')}</p>
      <div className="what-if__row">
        <CoordinateInput
          label={t('whatIf.pinLat')}
          limit={90}
          value={pin?.lat}
          onChange={(lat) => set(lat, pin?.lon ?? 0)}
          testId="what-if-pin-lat"
        />
        <CoordinateInput
          label={t('whatIf.pinLon')}
          limit={180}
          value={pin?.lon}
          onChange={(lon) => set(pin?.lat ?? 0, lon)}
          testId="what-if-pin-lon"
        />
        <button type="button" onClick={onReveal} data-testid="what-if-reveal">
          {t('whatIf.reveal')}
        </button>
      </div>
      <p className="small" data-testid="what-if-pin">
        {pin
          ? t('whatIf.pinAt', { lat: formatLat(pin.lat), lon: formatLon(pin.lon) })
          : t('whatIf.noPin')}
      </p>
    </div>
  );
}

/** One of the pin's two coordinates, in degrees, typed. */
function CoordinateInput(props: {
  label: string;
  limit: number;
  value: number | undefined;
  onChange: (deg: number) => void;
  testId: string;
}) {
  return (
    <label>
      <span className="visually-hidden">{props.label}</span>
      <input
        type="number"
        step={0.1}
        min={-props.limit}
        max={props.limit}
        placeholder={props.label}
        value={props.value === undefined ? '' : Number(props.value.toFixed(2))}
        onChange={(e) => props.onChange(Number(e.target.value))}
        data-testid={props.testId}
      />
    </label>
  );
}
