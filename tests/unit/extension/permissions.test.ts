import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));

const { IMAGE_HOSTS, hasImageHosts, removeImageHosts, requestImageHosts } = await import('../../../extension/permissions');

describe('the image check’s host permission', () => {
  it('is exactly the manifest’s optional_host_permissions', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as { optional_host_permissions: string[] };
    expect(IMAGE_HOSTS.origins).toEqual(manifest.optional_host_permissions);
  });

  it('is what the browser is asked for, checked for and told to remove', async () => {
    const permissions = { request: vi.fn().mockResolvedValue(true), contains: vi.fn().mockResolvedValue(false), remove: vi.fn().mockResolvedValue(true) };
    (fakeBrowser as unknown as { permissions: unknown }).permissions = permissions;
    const asked = requestImageHosts();
    // Asked at once, not after a microtask: the user gesture ends at the caller's first await.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    expect(await asked).toBe(true);
    expect(await hasImageHosts()).toBe(false);
    expect(permissions.contains).toHaveBeenCalledWith(IMAGE_HOSTS);
    expect(await removeImageHosts()).toBe(true);
    expect(permissions.remove).toHaveBeenCalledWith(IMAGE_HOSTS);
  });
});
