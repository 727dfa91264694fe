import {
  defaultTreeAdapter as adapter,
  html,
  Parser,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes as T,
  type ParserOptions,
} from 'parse5';

type Stack = Parser<DefaultTreeAdapterMap>['openElements'];
type Scope = Set<html.TAG_ID>;

/** The elements that end every scope in SVG and MathML (the spec's list, as parse5 reads it). */
const foreignBoundaries: Partial<Record<string, Set<html.TAG_ID>>> = {
  [html.NS.SVG]: new Set([html.TAG_ID.TITLE, html.TAG_ID.FOREIGN_OBJECT, html.TAG_ID.DESC]),
  [html.NS.MATHML]: new Set([
    html.TAG_ID.MI,
    html.TAG_ID.MO,
    html.TAG_ID.MN,
    html.TAG_ID.MS,
    html.TAG_ID.MTEXT,
    html.TAG_ID.ANNOTATION_XML,
  ]),
};

/**
 * Makes "is `<tag>` in scope?" constant time on average. The spec (and parse5) walk the stack of
 * open elements down from the top for it, and every `<div>` start tag asks whether a `<p>` is in
 * button scope: 100,000 nested `<div>`s took a minute. The answer at a position depends only on the
 * elements at and below it, so each position keeps its answer until the stack changes there.
 */
function rememberScopes(stack: Stack): void {
  /** Per scope and tag: the answer at each position, valid up to `valid`. */
  const answers = new Map<Scope, Map<html.TAG_ID, { valid: number; at: boolean[] }>>();
  const changedAt = (index: number) => {
    for (const byTag of answers.values())
      for (const memo of byTag.values()) memo.valid = Math.min(memo.valid, index - 1);
  };
  const indexOf = (element: T.Element) => stack.items.lastIndexOf(element, stack.stackTop);
  // Every change to the stack forgets the answers from its position up. (parse5 replaces and inserts
  // only in the adoption agency, which also removes an element below: forgetting there as well keeps
  // the answers right whatever parse5's internals do.)
  const { push, replace, insertAfter, remove } = stack;
  Object.assign(stack, {
    push(element: T.Element, tagID: html.TAG_ID) {
      changedAt(stack.stackTop + 1);
      push.call(stack, element, tagID);
    },
    replace(oldElement: T.Element, newElement: T.Element) {
      changedAt(indexOf(oldElement));
      replace.call(stack, oldElement, newElement);
    },
    insertAfter(reference: T.Element, element: T.Element, tagID: html.TAG_ID) {
      changedAt(indexOf(reference) + 1);
      insertAfter.call(stack, reference, element, tagID);
    },
    remove(element: T.Element) {
      const index = indexOf(element);
      if (index >= 0) changedAt(index);
      remove.call(stack, element);
    },
    hasInDynamicScope(tagName: html.TAG_ID, scope: Scope): boolean {
      let byTag = answers.get(scope);
      if (!byTag) answers.set(scope, (byTag = new Map()));
      let memo = byTag.get(tagName);
      if (!memo) byTag.set(tagName, (memo = { valid: -1, at: [] }));
      // Walking to the bottom without an answer means "in scope", as parse5 has it.
      for (let i = memo.valid + 1; i <= stack.stackTop; i++) {
        const below = i === 0 ? true : memo.at[i - 1];
        const id = stack.tagIDs[i];
        const namespace = (stack.items[i] as T.Element).namespaceURI;
        if (namespace === html.NS.HTML) memo.at[i] = id === tagName ? true : scope.has(id) ? false : below;
        else memo.at[i] = foreignBoundaries[namespace]?.has(id) ? false : below;
      }
      memo.valid = Math.max(memo.valid, stack.stackTop);
      return stack.stackTop < 0 ? true : memo.at[stack.stackTop];
    },
  });
}

/** parse5's parser, with a stack of open elements that answers scope questions without walking it. */
class LinearParser extends Parser<DefaultTreeAdapterMap> {
  constructor(...args: ConstructorParameters<typeof Parser<DefaultTreeAdapterMap>>) {
    super(...args);
    rememberScopes(this.openElements);
  }
}

/** Parses a document, as parse5's `parse` does (the same tree), in time linear in its depth too. */
export function parseDocument(source: string, options: ParserOptions<DefaultTreeAdapterMap> = {}): T.Document {
  return LinearParser.parse(source, options) as T.Document;
}

/** Content is parsed as the children of `<body>`, as Isomer's CMS writes it. */
const bodyContext = adapter.createElement('body', html.NS.HTML, []);

/**
 * `source` parsed as the children of `<body>`, as parse5's `parseFragment` does (the same tree). Its
 * `getFragment` detaches each top-level node with a search of the whole list (quadratic): here the
 * list is handed over whole.
 */
export function parseBody(source: string): T.DocumentFragment {
  const parser = LinearParser.getFragmentParser(bodyContext, {});
  parser.tokenizer.write(source, true);
  const root = adapter.getFirstChild(parser.document as T.ParentNode) as T.Element;
  const fragment = adapter.createDocumentFragment();
  fragment.childNodes = root.childNodes;
  root.childNodes = [];
  for (const child of fragment.childNodes) child.parentNode = fragment;
  return fragment;
}
