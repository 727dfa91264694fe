declare module '*.svg' {
  const url: string;
  export default url;
}
declare module '*.css';

/** The reference article, converted when Storybook builds (.storybook/reference-article.mjs). */
declare module 'virtual:reference-article' {
  export const title: string;
  export const description: string;
  export const date: string;
  export const html: string;
  export const report: import('../src/convert/report.js').ConversionReport;
}

/** One of each block in en/zh/ms/ta, converted when Storybook builds (.storybook/reference-article.mjs). */
declare module 'virtual:every-block' {
  export const articles: Record<
    'en' | 'zh' | 'ms' | 'ta',
    { title: string; html: string; report: import('../src/convert/report.js').ConversionReport }
  >;
}
