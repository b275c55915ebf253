/**
 * Where the summary's engine is decided (issue #17). With the built-in engine (the default) this
 * renders the built-in summary (`children`) and does nothing else: one `storage.local` read, no
 * request, no chunk loaded. With a model engine chosen, it loads the engine's view (engine-view.tsx,
 * a lazy chunk, so the popup's first paint stays within its budget), which runs it.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../src/index';
import { browser } from '../extension/browser';
import type { EngineSummaryProps } from './engine-view';

export function EngineSummary(props: { a: Analysis; showPassage: ((text: string) => void) | null; children: ComponentChildren }) {
  const [View, setView] = useState<FunctionComponent<EngineSummaryProps> | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const stored: Record<string, unknown> = await browser.storage.local.get('engine').catch(() => ({}));
      const engine = (stored.engine as { engine?: unknown } | undefined)?.engine;
      if (engine !== 'openai' && engine !== 'chrome') return;
      const { EngineView } = await import('./engine-view');
      if (live) setView(() => EngineView);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return View ? <View {...props} /> : <>{props.children}</>;
}
