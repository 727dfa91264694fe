/**
 * The one list of what each engine's test harness cannot do, and why. A test that needs one of
 * these capabilities says so with `itWhere`/`describeWhere`: where the engine lacks it, the test is
 * reported as skipped with the reason in its title, never silently dropped. The harness commands
 * (helpers.ts) check the same list and fail loudly when an unguarded test calls them.
 */

export type Engine = 'chromium' | 'firefox' | 'webkit';

export type Capability =
  /** The engine's own accessibility tree (Chromium over CDP); elsewhere, computed roles and names. */
  | 'accessibility-tree'
  /** Seeing, aborting and answering the requests the page makes to other hosts. */
  | 'request-log'
  /** Emulated prefers-color-scheme, prefers-reduced-motion and print media. */
  | 'emulate-media'
  /** Emulated forced colours (Windows High Contrast). */
  | 'emulate-forced-colors'
  /** A viewport narrower than 447 px (320 px, the narrowest phone). */
  | 'narrow-viewport'
  /** Holding a key down across other key presses (Shift+Tab). */
  | 'hold-keys'
  /** Moving a loaded `<img>` into `<isomer-image>` without the engine loading it again. */
  | 'image-move-without-reload';

/** Which engine this page runs in. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const noCdp = 'Firefox is driven over WebDriver BiDi, which has no such command (and Firefox has no CDP)';
const classic = 'WebKitGTK’s WebKitWebDriver speaks WebDriver classic only, which has no such command';

const missing: Record<Engine, Partial<Record<Capability, string>>> = {
  chromium: {},
  firefox: {
    'emulate-media': `${noCdp}: no media emulation`,
    'emulate-forced-colors': `${noCdp}: Firefox 153 does not implement emulation.setForcedColorsModeThemeOverride`,
    'accessibility-tree': `${noCdp}: no accessibility tree`,
    'image-move-without-reload':
      'Firefox 153 fires load again for a loaded image that upgrade() moves into <isomer-image> (a known open defect, issue 13)',
  },
  webkit: {
    'request-log': `${classic}: no network events or interception`,
    'accessibility-tree': `${classic}: no accessibility tree`,
    'emulate-media': `${classic}: no media emulation`,
    'emulate-forced-colors': `${classic}: no media emulation`,
    'narrow-viewport': 'MiniBrowser’s window cannot be narrower than 447 px',
    'hold-keys': `${classic} in @web/test-runner-webdriver's sendKeys: only "press" and "type"`,
  },
};

/** Whether this engine's harness has every one of `capabilities`. */
export function can(...capabilities: Capability[]): boolean {
  return capabilities.every((capability) => !missing[engine][capability]);
}

/** Why this engine lacks the first of `capabilities` it lacks ('' when it has them all). */
export function why(...capabilities: Capability[]): string {
  const lacking = capabilities.find((capability) => missing[engine][capability]);
  return lacking ? `${lacking} is not available in ${engine}: ${missing[engine][lacking]}` : '';
}

/** Throws, naming the reason, when a harness command is used where the engine lacks it. */
export function requireCapability(capability: Capability): void {
  if (!can(capability))
    throw new Error(`${why(capability)} (test/support/engines.ts); guard the test with itWhere('${capability}', …)`);
}

function skipTitle(title: string, capabilities: Capability[]): string {
  return `${title} [skipped: ${why(...capabilities)}]`;
}

/** `it`, where the engine has `capabilities`; elsewhere a skipped test whose title says why. */
export function itWhere(
  capabilities: Capability | Capability[],
  title: string,
  fn: (this: Mocha.Context) => void | PromiseLike<unknown>,
): void {
  const list = ([] as Capability[]).concat(capabilities);
  if (can(...list)) it(title, fn);
  else it.skip(skipTitle(title, list), fn);
}

/** `describe`, where the engine has `capabilities`; elsewhere every test in it is skipped, saying why. */
export function describeWhere(
  capabilities: Capability | Capability[],
  title: string,
  fn: (this: Mocha.Suite) => void,
): void {
  const list = ([] as Capability[]).concat(capabilities);
  if (can(...list)) describe(title, fn);
  else describe.skip(skipTitle(title, list), fn);
}
