import { expect } from '@open-wc/testing';
import { defaultHosts, isSiteHost, matchesHost, parseHostList, parseIframeUrl } from './hosts.js';
import { captureWarnings } from '../../test/support/helpers.js';
import { describeEmbedProblem } from '../shared/messages.js';

const size = (src: string, hosts = defaultHosts) => {
  const result = parseIframeUrl(src, hosts);
  return result.ok ? result.host.size : result.reason;
};

describe('parseIframeUrl', () => {
  const cases: [string, string][] = [
    // The corpus: FormSG (21-healthtechsprint-feedback-form), CheckFirst (20-healthtechsprint-scenario-1).
    ['https://form.gov.sg/65b7149b80a538729382d369', 'tall'],
    ['https://www.form.gov.sg/65b7149b80a538729382d369', 'tall'],
    ['https://www.checkfirst.gov.sg/c/2ee93260-2edb-4f62-94c5-4aa1b8fdba68', 'tall'],
    ['https://checkfirst.gov.sg/c/2ee93260', 'tall'],
    ['https://docs.google.com/forms/d/e/1FAIpQLSf/viewform?embedded=true', 'tall'],
    ['https://www.google.com/maps/embed?pb=!1m18!1m12', 'map'],
    ['https://www.onemap.gov.sg/amm/amm.html?mapStyle=Default', 'map'],
    ['https://www.onemap.gov.sg/minimap/minimap.html?mapStyle=Default&zoomLevel=15', 'map'],
    ['https://mobile.onemap.gov.sg/amm/amm.html?mapStyle=Default', 'map'],
    ['https://www.google.com/maps/d/embed?mid=1a2B3c&ehbc=2E312F', 'map'],
    ['https://www.google.com/maps/d/u/0/embed?mid=1a2B3c', 'map'],
    ['https://www.google.com/maps/d/u/12/embed?mid=1a2B3c', 'map'],
    ['https://www.google.com/maps/d/viewer?mid=1a2B3c', 'unknown-host'],
    ['https://www.google.com/maps/d/edit?mid=1a2B3c', 'unknown-host'],
    ['https://www.google.com/maps/d/u/0/viewer?mid=1a2B3c', 'unknown-host'],
    ['https://www.google.com/maps/d/u//embed?mid=1a2B3c', 'unknown-host'],
    ['https://www.google.com/maps/d/embedded?mid=1a2B3c', 'unknown-host'],
    ['https://www.onemap.gov.sg/main/v2/', 'unknown-host'],
    ['https://www.onemap.gov.sg/amm/amm.html.evil.test', 'unknown-host'],
    ['https://onemap.gov.sg/amm/amm.html', 'unknown-host'],
    ['http://www.onemap.gov.sg/amm/amm.html', 'not-https'],
    ['https://docs.google.com/presentation/d/e/2PACX/embed', 'wide'],
    ['https://data.gov.sg/datasets/d_1/view', 'wide'],
    ['https://sg.panopto.com/Panopto/Pages/Embed.aspx?id=1', 'wide'],
    ['https://nus.ap.panopto.com/Panopto/Pages/Embed.aspx?id=1', 'wide'],
    ['//form.gov.sg/65b7149b80a538729382d369', 'tall'],
    ['http://form.gov.sg/65b7149b80a538729382d369', 'not-https'],
    ['https://www.google.com/maps/place/Singapore', 'unknown-host'],
    ['https://www.google.com/maps/embedded', 'unknown-host'],
    ['https://www.google.com/search?q=maps/embed', 'unknown-host'],
    ['https://docs.google.com.evil.test/forms', 'unknown-host'],
    ['https://form.gov.sg.evil.test/1', 'unknown-host'],
    ['https://evil.test/form.gov.sg', 'unknown-host'],
    ['https://form.gov.sg@evil.test/', 'malformed'],
    ['https://panopto.com/', 'unknown-host'],
    ['https://evilpanopto.com/', 'unknown-host'],
    ['https://fоrm.gov.sg/1', 'malformed'],
    ['https://form.gov.sg\\@evil.test/', 'malformed'],
    ['javascript:alert(1)', 'not-http'],
    ['data:text/html,hi', 'not-http'],
    ['', 'empty'],
    [`https://form.gov.sg/${'1'.repeat(10_000)}`, 'too-long'],
    ['https://www.youtube.com/embed/3KVb3pRy_3E', 'unknown-host'],
  ];
  for (const [src, expected] of cases) {
    it(`${src.slice(0, 80)} → ${expected}`, () => expect(size(src)).to.equal(expected));
  }

  it('returns the parsed URL', () => {
    const result = parseIframeUrl('https://form.gov.sg/65b7149b80a538729382d369');
    expect(result.ok && result.url.href).to.equal('https://form.gov.sg/65b7149b80a538729382d369');
  });

  it('takes the hosts a site adds', () => {
    const hosts = [...defaultHosts, ...parseHostList('maps.example.gov.sg map, *.example.gov.sg/embed')];
    expect(size('https://maps.example.gov.sg/x', hosts)).to.equal('map');
    expect(size('https://a.example.gov.sg/embed/1', hosts)).to.equal('wide');
    expect(size('https://a.example.gov.sg/other', hosts)).to.equal('unknown-host');
  });
});

describe('parseHostList', () => {
  it('reads comma-separated patterns with an optional size', () => {
    expect(parseHostList(' A.gov.sg  TALL ,b.gov.sg/x/, , c.gov.sg huge')).to.deep.equal([
      { pattern: 'a.gov.sg', size: 'tall' },
      { pattern: 'b.gov.sg/x/', size: 'wide' },
      { pattern: 'c.gov.sg', size: 'wide' },
    ]);
    expect(parseHostList(null)).to.deep.equal([]);
  });
});

describe('isSiteHost (issue 19)', () => {
  const cases: [string, boolean][] = [
    ['forms.gov.sg', true],
    ['*.data.gov.sg', true],
    ['*.example.gov.sg/embed', true],
    ['*.panopto.com', true],
    ['*.example.sg', true],
    ['maps.example.gov.sg/x/', true],
    ['xn--fiqs8s.example.sg', true],
    ['*.com', false],
    ['*.sg', false],
    ['*.gov.sg', false],
    ['*.gov.sg/embed', false],
    ['*.com.sg', false],
    ['*.edu.sg', false],
    ['*.co.uk', false],
    ['*.', false],
    ['*', false],
    ['*.*.gov.sg', false],
    ['a.*.gov.sg', false],
    ['example.com.', false],
    ['*.example.com.', false],
    ['user@host', false],
    ['user:pass@forms.gov.sg', false],
    ['forms.gov.sg:443', false],
    ['forms..gov.sg', false],
    ['form%2egov.sg', false],
    ['https://forms.gov.sg', false],
  ];
  for (const [pattern, ok] of cases) {
    it(`${pattern} → ${ok ? 'one site' : 'refused'}`, () => expect(isSiteHost(pattern)).to.equal(ok));
  }

  it('keeps every default host', () => {
    expect(defaultHosts.filter(({ pattern }) => !isSiteHost(pattern))).to.deep.equal([]);
  });

  it('parseHostList leaves such patterns out, each with a warning', async () => {
    let hosts: ReturnType<typeof parseHostList> = [];
    const warnings = await captureWarnings(() => {
      hosts = parseHostList('*.com tall, forms.gov.sg tall, user@host, *.data.gov.sg map');
    });
    expect(hosts).to.deep.equal([
      { pattern: 'forms.gov.sg', size: 'tall' },
      { pattern: '*.data.gov.sg', size: 'map' },
    ]);
    expect(warnings).to.deep.equal([
      `[isomer-blocks] isomer-blocks:iframe-hosts="*.com" is not one site's host and was ignored.`,
      `[isomer-blocks] isomer-blocks:iframe-hosts="user@host" is not one site's host and was ignored.`,
    ]);
    expect(size('https://evil.com/', [...defaultHosts, ...hosts])).to.equal('unknown-host');
  });
});

describe('matchesHost', () => {
  const url = new URL('https://www.google.com/maps/embed/v1?x=1');
  it('matches exact hosts, subdomain wildcards and path prefixes', () => {
    expect(matchesHost(url, 'www.google.com')).to.equal(true);
    expect(matchesHost(url, 'google.com')).to.equal(false);
    expect(matchesHost(url, '*.google.com')).to.equal(true);
    expect(matchesHost(url, 'www.google.com/maps/embed/')).to.equal(true);
    expect(matchesHost(url, 'www.google.com/maps/emb')).to.equal(false);
  });
  it('takes a * path segment for any one segment, never an empty or a missing one', () => {
    const pattern = 'www.google.com/maps/d/u/*/embed';
    expect(matchesHost(new URL('https://www.google.com/maps/d/u/3/embed?mid=1'), pattern)).to.equal(true);
    expect(matchesHost(new URL('https://www.google.com/maps/d/u/3/embed/x'), pattern)).to.equal(true);
    expect(matchesHost(new URL('https://www.google.com/maps/d/u/embed'), pattern)).to.equal(false);
    expect(matchesHost(new URL('https://www.google.com/maps/d/u/3/4/embed'), pattern)).to.equal(false);
    expect(matchesHost(new URL('https://www.google.com/maps/d/u/3'), pattern)).to.equal(false);
  });
});

describe('describeEmbedProblem', () => {
  it('quotes at most 200 characters of src', () => {
    expect(describeEmbedProblem('x'.repeat(500), 'unknown-host')).to.equal(
      `src="${'x'.repeat(200)}" is not on an allowed host: not embedded.`,
    );
    expect(describeEmbedProblem(undefined, 'empty')).to.equal('src="" is empty: not embedded.');
  });
});
