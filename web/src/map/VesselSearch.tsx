import { useState } from 'preact/hooks';
import type { ApiError } from '../api/ApiError';
import type { ConcertApi } from '../api/ConcertApi';
import type { Vessel } from '../api/types';
import { asApiError } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { shipCategory, shipCategoryStyle } from './shipCategories';

type SearchState =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'failed'; error: ApiError }
  | { state: 'found'; text: string; vessels: Vessel[] };

/** Finds live vessels by name, MMSI, IMO number or call sign; choosing one selects it and flies the map there. */
export function VesselSearch({ api, onChoose }: { api: ConcertApi; onChoose: (vessel: Vessel) => void }) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState<SearchState>({ state: 'idle' });

  async function submit(event: Event) {
    event.preventDefault();
    const query = text.trim();
    setSearch({ state: 'searching' });
    try {
      setSearch({ state: 'found', text: query, vessels: await api.searchVessels(query) });
    } catch (failure) {
      setSearch({ state: 'failed', error: asApiError(failure) });
    }
  }

  return (
    <section class="map-panel" aria-labelledby="vessel-search-title">
      <h2 id="vessel-search-title">Find a vessel</h2>
      <form class="vessel-search" role="search" onSubmit={submit}>
        <label for="vessel-search-text" class="visually-hidden">
          Name, MMSI, IMO or call sign
        </label>
        <input
          id="vessel-search-text"
          type="search"
          placeholder="Name, MMSI, IMO, call sign"
          value={text}
          minLength={2}
          required
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
      {search.state === 'searching' && <p aria-live="polite">Searching…</p>}
      {search.state === 'failed' && <ErrorNotice error={search.error} />}
      {search.state === 'found' &&
        (search.vessels.length === 0 ? (
          <p role="status">No vessel released to you matches “{search.text}”.</p>
        ) : (
          <ul class="search-results" aria-label="Vessels found" data-testid="search-results">
            {search.vessels.map((vessel) => (
              <li key={vessel.mmsi}>
                <button type="button" class="search-result" onClick={() => onChoose(vessel)}>
                  <span
                    class="legend-swatch"
                    style={{ background: shipCategoryStyle[shipCategory(vessel.shipTypeCode)].colour }}
                    aria-hidden="true"
                  />
                  <span class="search-result__name">{vessel.name ?? 'Name not reported'}</span>
                  <span class="search-result__ids">
                    {vessel.mmsi}
                    {vessel.flag === null ? '' : ` · ${vessel.flag}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
