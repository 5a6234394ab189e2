import { KEYMAP } from './keymap';

/** The keyboard map, opened with ? or the help button. */
export function Help({ onClose }: { onClose: () => void }) {
  return (
    <div className="help" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="help__card panel">
        <h2 id="help-title">Keyboard</h2>
        <table>
          <tbody>
            {KEYMAP.map((k) => (
              <tr key={k.keys}>
                <th scope="row">
                  <kbd>{k.keys}</kbd>
                </th>
                <td>{k.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small">Drag the globe to turn it; scroll or pinch to zoom.</p>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}
