import type { IsomerTagMap } from './elements.js';

/**
 * The props every framework's JSX types give element `Tag` on top of its own HTML attributes: the
 * element's properties, and one handler per event named `<Prefix><event-name>`.
 */
export type IsomerJsxProps<Tag extends keyof IsomerTagMap, Prefix extends string> = IsomerTagMap[Tag]['properties'] & {
  [Event in keyof IsomerTagMap[Tag]['events'] as `${Prefix}${Event & string}`]?: (
    event: IsomerTagMap[Tag]['events'][Event],
  ) => void;
};
