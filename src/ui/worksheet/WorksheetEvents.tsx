import { currentLang, dataText, t } from '../../i18n';
import type { ClockEvent } from '../../clock/events';
import { formatUtcTime } from '../../i18n/format';
import type { EventLabel } from './worksheetPart';

/**
 * The replay's events in clock order, numbered as the charts mark them, with the time the model
 * gives and the one the sources report (as the timeline's markers do), and two empty columns:
 * what the student expects before playing, and what the replay then shows.
 */
export function WorksheetEvents({
  events,
  label,
}: {
  events: readonly ClockEvent[];
  label: EventLabel;
}) {
  return (
    <section className="worksheet__events">
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('worksheet.event')}</th>
            <th scope="col">{t('telemetry.utc')}</th>
            <th scope="col">{t('worksheet.predict')}</th>
            <th scope="col">{t('worksheet.observed')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e, i) => (
            <tr key={`${e.type}-${e.utcMs}`} data-event={e.type}>
              <td>{i + 1}</td>
              <th scope="row">{label(e.type)}</th>
              <td>
                {e.modelledMs !== null && (
                  <div>{t('timeline.modelled', { time: formatUtcTime(e.modelledMs) })}</div>
                )}
                {e.reported && (
                  <div className="worksheet__reported">
                    {t('timeline.reported', {
                      time: formatUtcTime(e.reported.utcMs),
                      status: dataText(e.reported.status, currentLang()),
                    })}
                  </div>
                )}
              </td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
