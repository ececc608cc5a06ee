import { shipCategories, shipCategoryStyle } from './shipCategories';

/** The optional layers and the legend of what the vessel symbols mean. */
export function LayersPanel({ zonesVisible, onZonesVisible }: { zonesVisible: boolean; onZonesVisible: (visible: boolean) => void }) {
  return (
    <section class="map-panel" aria-labelledby="layers-title">
      <h2 id="layers-title">Layers</h2>
      <label class="checkbox">
        <input type="checkbox" checked={zonesVisible} onChange={(event) => onZonesVisible(event.currentTarget.checked)} />
        ASAM subregions (click one for its number)
      </label>
      <details class="legend">
        <summary>Legend</summary>
        <ul>
          {shipCategories.map((category) => (
            <li key={category}>
              <span class="legend-swatch" style={{ background: shipCategoryStyle[category].colour }} aria-hidden="true" />
              {shipCategoryStyle[category].text}
            </li>
          ))}
        </ul>
        <p>
          Zoomed out, every vessel is a dot of its colour. Zoomed in, an arrow points along the heading (else the
          course); a dot has reported neither. Faded: last report over 1 hour old. Hollow: over 6 hours. Basemap:
          Natural Earth.
        </p>
      </details>
    </section>
  );
}
