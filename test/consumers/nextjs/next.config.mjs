// @lit-labs/nextjs: deep server rendering of Lit elements (their shadow roots as Declarative Shadow
// DOM) in client components, and Lit's hydration support in the browser. Chromium reads Declarative
// Shadow DOM natively, so no polyfill.
import litSSR from '@lit-labs/nextjs';

const withLitSSR = litSSR({ addDeclarativeShadowDomPolyfill: false });

export default withLitSSR({ reactStrictMode: true });
