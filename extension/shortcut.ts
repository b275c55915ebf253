/** The keyboard shortcut that opens the popup, as the reader set it ('' when none is set). */
import { browser } from './browser';

export async function actionShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === '_execute_action')?.shortcut ?? '';
}
