// Named examples of <iframe-embed>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them. One per kind of box the
// preflight stylesheet reserves.
const FORM = 'https://form.gov.sg/66a1b2c3d4e5f60718293a4b';
const MAP = 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3988.8!2d103.85!3d1.29';
const MY_MAP = 'https://www.google.com/maps/d/embed?mid=1a2B3c4D5e6F7g8H9i';
const ONEMAP = 'https://www.onemap.gov.sg/amm/amm.html?mapStyle=Default&amp;zoomLevel=15&amp;marker=postalcode:238823';
const CHART = 'https://data.gov.sg/datasets/d_8b84c4ee58e3cfc0ece0d773c8ca6abc/view';
const embed = (src: string, title: string, attributes = '') =>
  `<iframe-embed src="${src}" label="${title}"${attributes}><a href="${src}">${title}</a></iframe-embed>`;

export const examples = {
  /** A FormSG form: a tall frame. */
  form: embed(FORM, 'Feedback on Smart Nation 2.0'),
  /** A form whose author gave its height in pixels. */
  formWithHeight: embed(FORM, 'Scenario 1 checker', ' height="640"'),
  /** A Google map: 4:3. */
  map: embed(MAP, 'Map of the Smart Nation and Digital Government Office'),
  /** A Google My Maps map: 4:3. */
  myMap: embed(MY_MAP, 'Map of polling stations'),
  /** A OneMap map: 4:3. */
  oneMap: embed(ONEMAP, 'Map of the venue'),
  /** A data.gov.sg chart: 16:9. */
  chart: embed(CHART, 'Household income chart'),
};
