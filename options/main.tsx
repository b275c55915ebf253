/** Mounts the options page: the view (Options.tsx) renders what the flow (flow.ts) holds, with the real browser. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { removeImageHosts, requestImageHosts } from '../extension/permissions';
import { loadSettings, saveSettings } from '../extension/settings-store';
import { applyTheme } from '../extension/theme';
import { createOptionsFlow } from './flow';
import { Options } from './Options';
import { EngineOptions, type EngineOptionsDeps } from './EngineOptions';
import { loadEngineSettings, requestEndpointHost, saveEngineSettings } from '../extension/engine-store';
import { listModels } from '../src/index';
import '../popup/style.css';
import './options.css';

const engineDeps: EngineOptionsDeps = {
  load: loadEngineSettings,
  save: saveEngineSettings,
  requestHost: requestEndpointHost,
  listModels: (baseUrl, apiKey) => listModels({ baseUrl, apiKey, fetch: (u, i) => fetch(u, i) }),
};

const flow = createOptionsFlow({ loadSettings, saveSettings, applyTheme, requestImageHosts, removeImageHosts });

function Page() {
  const [view, setView] = useState(flow.view());
  useEffect(() => {
    const unsubscribe = flow.subscribe(setView);
    void flow.start();
    return unsubscribe;
  }, []);
  return (
    <>
      <Options view={view} actions={flow} />
      <EngineOptions deps={engineDeps} />
    </>
  );
}

render(<Page />, document.getElementById('app')!);
