/** Mounts the options page: the view (Options.tsx) renders what the flow (flow.ts) holds, with the real browser. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { removeImageHosts, requestImageHosts } from '../extension/permissions';
import { loadSettings, saveSettings } from '../extension/settings-store';
import { applyTextSize, applyTheme } from '../extension/theme';
import { applyLocale, t } from '../extension/i18n';
import { actionShortcut } from '../extension/shortcut';
import { createOptionsFlow } from './flow';
import { Options } from './Options';
import { EngineOptions, type EngineOptionsDeps } from './EngineOptions';
import { extensionOrigin, loadEngineSettings, requestEndpointHost, saveEngineSettings } from '../extension/engine-store';
import { listModels } from '../src/index';
import '../popup/style.css';
import './options.css';

const engineDeps: EngineOptionsDeps = {
  load: loadEngineSettings,
  save: saveEngineSettings,
  requestHost: requestEndpointHost,
  listModels: (baseUrl, apiKey) => listModels({ baseUrl, apiKey, fetch: (u, i) => fetch(u, i), origin: extensionOrigin() }),
};

applyLocale();
document.title = t('optionsTitle');
const flow = createOptionsFlow({ loadSettings, saveSettings, applyTheme, applyTextSize, requestImageHosts, removeImageHosts });

function Page() {
  const [view, setView] = useState(flow.view());
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    const unsubscribe = flow.subscribe(setView);
    void flow.start();
    actionShortcut().then(setShortcut, () => setShortcut(''));
    return unsubscribe;
  }, []);
  return (
    <Options view={view} actions={flow} shortcut={shortcut}>
      <EngineOptions deps={engineDeps} />
    </Options>
  );
}

render(<Page />, document.getElementById('app')!);
