import { expect } from '@open-wc/testing';
import { isThirdPartySource } from './convert.js';
import { convert } from '../convert/index.js';
import { lostContent } from '../../test/support/nothing-lost.js';

const MY_MAP = 'https://www.google.com/maps/d/embed?mid=1a2B3c4D5e&amp;ehbc=2E312F';
const MY_MAP_SIGNED_IN = 'https://www.google.com/maps/d/u/0/embed?mid=1a2B3c4D5e';
const ONEMAP = 'https://www.onemap.gov.sg/amm/amm.html?mapStyle=Default&amp;zoomLevel=15&amp;popupWidth=200';
const ONEMAP_MOBILE = 'https://mobile.onemap.gov.sg/amm/amm.html?mapStyle=Default&amp;zoomLevel=15';

const wrapped = (src: string, extra = '') =>
  `<div class="iframe-wrapper"><iframe${extra} width="100%" height="450" frameborder="0" src="${src}"></iframe></div>`;

/** Converts `input`, checks that converting again changes nothing and that nothing was lost, and gives the result. */
function convertChecked(input: string) {
  const result = convert(input);
  expect(convert(result.html).html, 'converting twice').to.equal(result.html);
  expect(lostContent(input, result.html)).to.deep.equal([]);
  return result;
}

const codes = ({ report }: ReturnType<typeof convert>) => report.warnings.map(({ code }) => code);

describe('convertIframeEmbed: maps (issue 13)', () => {
  for (const [name, src] of [
    ['a Google My Maps map', MY_MAP],
    ["a signed-in account's My Maps map (/u/0/)", MY_MAP_SIGNED_IN],
    ['a OneMap map', ONEMAP],
    ['a OneMap mobile map', ONEMAP_MOBILE],
  ]) {
    it(`frames ${name} in <iframe-embed>, named after the label before it`, () => {
      const result = convertChecked(`<h3>Getting here</h3><p><strong>Map of the venue</strong></p>${wrapped(src)}`);
      expect(result.html).to.equal(
        `<h3>Getting here</h3><p><strong>Map of the venue</strong></p><iframe-embed src="${src}" label="Map of the venue" height="450"><a href="${src}">Map of the venue</a></iframe-embed>`,
      );
      expect(codes(result)).to.deep.equal(['inferred-title']);
      expect(result.report.blocks).to.deep.include({
        kind: 'iframe-embed',
        action: 'converted',
        element: 'iframe-embed',
        message: `“Map of the venue” ${src.replaceAll('&amp;', '&')}`,
      });
    });
  }

  it("takes the map's own title, else the heading before it", () => {
    const { html } = convertChecked(
      `<iframe title="Polling stations" src="${MY_MAP}"></iframe><h3>Where to find us</h3><iframe src="${ONEMAP}"></iframe>`,
    );
    const labels = [...html.matchAll(/<iframe-embed [^>]*label="([^"]*)"/g)].map(([, label]) => label);
    expect(labels).to.deep.equal(['Polling stations', 'Where to find us']);
  });

  for (const src of [
    'https://www.google.com/maps/d/viewer?mid=1a2B3c4D5e',
    'https://www.google.com/maps/d/u/0/edit?mid=1a2B3c4D5e',
    'https://www.onemap.gov.sg/main/v2/',
    'http://www.onemap.gov.sg/amm/amm.html',
  ]) {
    it(`keeps an iframe of ${src} (no embed page) exactly as it was, and reports it`, () => {
      const input = wrapped(src);
      const result = convertChecked(input);
      expect(result.html).to.equal(input);
      expect(codes(result)).to.deep.equal(['unknown-host', 'passed-through']);
      expect(result.report.warnings[0].message).to.contain(src);
    });
  }
});

describe('convertIframeEmbed: <video> and <audio> (issue 13)', () => {
  it('keeps a <video src> from another site exactly as written, with a warning naming its URL', () => {
    const input =
      '<p>Intro</p><video controls="" src="https://cdn.example.com/launch.mp4">Your browser cannot play it.</video>';
    const result = convertChecked(input);
    expect(result.html).to.equal(input);
    expect(result.report.warnings).to.deep.equal([
      {
        code: 'unknown-host',
        message:
          'The <video> source “https://cdn.example.com/launch.mp4” was kept as it is: it plays from another site.',
      },
    ]);
    expect(result.report.blocks).to.deep.equal([
      { kind: 'iframe-embed', action: 'kept', message: '<video> “https://cdn.example.com/launch.mp4”' },
    ]);
  });

  it("reports each of an <audio>'s <source>s that another site serves, not its own", () => {
    const input =
      '<audio controls=""><source src="//media.example.net/talk.ogg" type="audio/ogg"><source src="/files/talk.mp3" type="audio/mpeg"><source src="http://media.example.net/talk.mp3"><a href="/files/talk.mp3">Download the talk</a></audio>';
    const result = convertChecked(input);
    expect(result.html).to.equal(input);
    expect(result.report.warnings.map(({ code, message }) => [code, message.match(/“(.*)”/)![1]])).to.deep.equal([
      ['unknown-host', '//media.example.net/talk.ogg'],
      ['unknown-host', 'http://media.example.net/talk.mp3'],
    ]);
  });

  it("says nothing about media of the site's own", () => {
    for (const input of [
      '<video controls="" src="/files/launch.mp4" poster="/images/launch.png"></video>',
      '<audio controls=""><source src="files/talk.mp3"></audio>',
      '<video controls=""></video>',
    ]) {
      const result = convertChecked(input);
      expect(result.html).to.equal(input);
      expect(result.report.warnings, input).to.deep.equal([]);
      expect(result.report.blocks, input).to.deep.equal([]);
    }
  });
});

describe('isThirdPartySource', () => {
  const cases: [string | null, boolean][] = [
    ['https://cdn.example.com/a.mp4', true],
    ['http://cdn.example.com/a.mp4', true],
    ['//cdn.example.com/a.mp4', true],
    [' HTTPS://CDN.EXAMPLE.COM/a.mp4 ', true],
    ['/files/a.mp4', false],
    ['files/a.mp4', false],
    ['../a.mp4', false],
    ['?v=1', false],
    ['', false],
    [null, false],
    ['blob:https://example.com/1', false],
    ['data:video/mp4;base64,AAAA', false],
    ['javascript:alert(1)', false],
  ];
  for (const [src, expected] of cases)
    it(`${String(src)} → ${expected}`, () => expect(isThirdPartySource(src)).to.equal(expected));
});
