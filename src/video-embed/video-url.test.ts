import { expect } from '@open-wc/testing';
import { embedUrl, parseStart, parseVideoUrl, playerParams, thumbnailUrl, watchUrl, type Video } from './video-url.js';

const ID = '3KVb3pRy_3E';
const youtube = (extra: Partial<Video> = {}): Video => ({
  provider: 'youtube',
  id: ID,
  start: undefined,
  list: undefined,
  shorts: false,
  player: undefined,
  ...extra,
});
const vimeo = (id: string, extra: Partial<Video> = {}): Video => ({
  provider: 'vimeo',
  id,
  start: undefined,
  hash: undefined,
  player: undefined,
  ...extra,
});

/** Every URL form the parser reads, with what it reads there. */
const good: [string, Video][] = [
  [`https://www.youtube.com/watch?v=${ID}`, youtube()],
  [`http://www.youtube.com/watch?v=${ID}`, youtube()],
  [`https://youtube.com/watch?v=${ID}`, youtube()],
  [`https://m.youtube.com/watch?v=${ID}`, youtube()],
  [`https://www.youtube.com/watch?feature=shared&v=${ID}`, youtube()],
  [`https://www.youtube.com/watch?v=${ID}&si=abc123&feature=youtu.be`, youtube()],
  [`https://youtu.be/${ID}`, youtube()],
  [`https://youtu.be/${ID}?si=-PF6_4dk0Ph9G4Jj`, youtube()],
  [`https://youtu.be/${ID}?t=90`, youtube({ start: 90 })],
  [`https://www.youtube.com/embed/${ID}`, youtube()],
  [`https://www.youtube.com/embed/${ID}?si=-PF6_4dk0Ph9G4Jj`, youtube()],
  [`https://www.youtube-nocookie.com/embed/${ID}`, youtube()],
  [`https://youtube-nocookie.com/embed/${ID}?start=42`, youtube({ start: 42 })],
  [`https://www.youtube.com/shorts/${ID}`, youtube({ shorts: true })],
  [`https://youtube.com/shorts/${ID}?feature=share`, youtube({ shorts: true })],
  [`https://www.youtube.com/live/${ID}`, youtube()],
  [`https://www.youtube.com/v/${ID}`, youtube()],
  [`//www.youtube.com/embed/${ID}`, youtube()],
  [`  https://www.youtube.com/watch?v=${ID}  `, youtube()],
  [`HTTPS://WWW.YOUTUBE.COM/watch?v=${ID}`, youtube()],
  [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, youtube({ start: 3723 })],
  [`https://www.youtube.com/watch?v=${ID}&t=2m`, youtube({ start: 120 })],
  [`https://www.youtube.com/watch?v=${ID}&t=75s`, youtube({ start: 75 })],
  [`https://www.youtube.com/watch?v=${ID}&t=0`, youtube()],
  [`https://www.youtube.com/watch?v=${ID}&t=soon`, youtube()],
  [`https://www.youtube.com/watch?v=${ID}#t=30`, youtube({ start: 30 })],
  [
    `https://www.youtube.com/watch?v=${ID}&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG`,
    youtube({ list: 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG' }),
  ],
  [`https://www.youtube.com/embed/${ID}?list=PL1&start=5`, youtube({ start: 5, list: 'PL1' })],
  [`https://www.youtube.com/watch?v=${ID}&list=<script>`, youtube()],
  // Real corpus URLs: two `?` (11-tradetrust-trials, 09-tradetrust), ids starting with - or _.
  ['https://www.youtube.com/embed/-YD21elPXxs?si=SiP7FweDc7l28yxW?enablejsapi=1', youtube({ id: '-YD21elPXxs' })],
  ['https://www.youtube.com/embed/vbZMPAnQRhM?si=oyb_M6l0UWtEI42j?enablejsapi=1', youtube({ id: 'vbZMPAnQRhM' })],
  ['https://www.youtube.com/embed/_kWrQBAh2ig?si=O18z8vq_vKRF4gUz', youtube({ id: '_kWrQBAh2ig' })],
  [`https://www.youtube.com/watch?v=${ID}?t=12`, youtube({ start: 12 })],
  ['https://vimeo.com/76979871', vimeo('76979871')],
  ['https://www.vimeo.com/76979871', vimeo('76979871')],
  ['https://vimeo.com/76979871#t=1m5s', vimeo('76979871', { start: 65 })],
  ['https://vimeo.com/76979871/8a9b7c6d5e', vimeo('76979871', { hash: '8a9b7c6d5e' })],
  ['https://player.vimeo.com/video/76979871', vimeo('76979871')],
  ['https://player.vimeo.com/video/76979871?h=8a9b7c6d5e&badge=0', vimeo('76979871', { hash: '8a9b7c6d5e' })],
  ['https://vimeo.com/channels/staffpicks/76979871', vimeo('76979871')],
  ['https://vimeo.com/76979871/not-a-hash', vimeo('76979871')],
  // The author's player parameters (issue 16): kept when allow-listed, everything else dropped.
  [
    `https://www.youtube.com/embed/${ID}?start=30&rel=0&controls=0&cc_load_policy=1&cc_lang_pref=zh-Hans&autoplay=0&enablejsapi=1&origin=https://evil.test`,
    youtube({ start: 30, player: { rel: '0', controls: '0', cc_load_policy: '1', cc_lang_pref: 'zh-Hans' } }),
  ],
  [`https://youtu.be/${ID}?si=x?rel=0`, youtube({ player: { rel: '0' } })],
  [
    'https://player.vimeo.com/video/76979871?h=8a9b7c6d5e&controls=false&texttrack=en-x-autogen&dnt=0#t=1m5s',
    vimeo('76979871', { hash: '8a9b7c6d5e', start: 65, player: { controls: 'false', texttrack: 'en-x-autogen' } }),
  ],
  [`https://vimeo.com/76979871?rel=0&cc_lang_pref=en`, vimeo('76979871')],
];

/** Inputs that must never give a video, with the reason. */
const bad: [string | null | undefined, string][] = [
  [undefined, 'empty'],
  [null, 'empty'],
  ['', 'empty'],
  ['   ', 'empty'],
  [`https://www.youtube.com/watch?v=${'a'.repeat(10_000)}`, 'too-long'],
  [`https://www.youtube.com/watch?v=${ID}&x=${'y'.repeat(2100)}`, 'too-long'],
  ['javascript:alert(1)', 'not-http'],
  ['JaVaScRiPt:alert(document.domain)//https://www.youtube.com/', 'not-http'],
  ['data:text/html,<script>alert(1)</script>', 'not-http'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'not-http'],
  [`ftp://www.youtube.com/watch?v=${ID}`, 'not-http'],
  [`mailto:someone@youtube.com`, 'not-http'],
  [`https://www.youtube.com.evil.test/watch?v=${ID}`, 'unknown-host'],
  [`https://youtube.com.evil.test/embed/${ID}`, 'unknown-host'],
  [`https://evil.test/youtube.com/watch?v=${ID}`, 'unknown-host'],
  [`https://evil.test/?u=https://www.youtube.com/watch?v=${ID}`, 'unknown-host'],
  [`https://youtube.com@evil.test/watch?v=${ID}`, 'malformed'],
  [`https://user:pass@www.youtube.com/watch?v=${ID}`, 'malformed'],
  [`https://www.youtube.com:8443/watch?v=${ID}`, 'malformed'],
  [`https://evil.test\\@www.youtube.com/watch?v=${ID}`, 'malformed'],
  [`https:\\\\www.youtube.com\\watch?v=${ID}`, 'malformed'],
  [`https://www.youtube.com\\@evil.test/`, 'malformed'],
  [`https://www.yоutube.com/watch?v=${ID}`, 'malformed'],
  [`https://ｙｏｕｔｕｂｅ.com/watch?v=${ID}`, 'malformed'],
  [`https://xn--youtube-6ya.com/watch?v=${ID}`, 'unknown-host'],
  [`https://www.you\ttube.com/watch?v=${ID}`, 'malformed'],
  [`https://www.youtube.com/watch?v=${ID}\n<script>`, 'malformed'],
  [`https://www.youtube.com./watch?v=${ID}`, 'unknown-host'],
  [`https://notyoutube.com/watch?v=${ID}`, 'unknown-host'],
  [`https://youtu.be.evil.test/${ID}`, 'unknown-host'],
  [`https://music.youtube.com/watch?v=${ID}`, 'unknown-host'],
  [`https://www.google.com/url?q=https://www.youtube.com/watch?v=${ID}`, 'unknown-host'],
  [`www.youtube.com/watch?v=${ID}`, 'unknown-host'],
  [`/watch?v=${ID}`, 'unknown-host'],
  ['https://www.youtube.com/watch', 'invalid-id'],
  ['https://www.youtube.com/watch?v=', 'invalid-id'],
  ['https://www.youtube.com/watch?v=short', 'invalid-id'],
  [`https://www.youtube.com/watch?v=${ID}x`, 'invalid-id'],
  ['https://www.youtube.com/watch?v=3KVb3pRy%223', 'invalid-id'],
  ['https://www.youtube.com/watch?v="><svg/onload=alert(1)>', 'invalid-id'],
  ['https://www.youtube.com/watch?v="> <svg onload=alert(1)>', 'malformed'],
  ['https://www.youtube.com/watch?v=%22%3E%3Csvg%2Fonload%3Dalert(1)%3E', 'invalid-id'],
  ['https://www.youtube.com/embed/', 'invalid-id'],
  ['https://www.youtube.com/embed/videoseries?list=PL1234', 'invalid-id'],
  [`https://www.youtube.com/channel/${ID}`, 'invalid-id'],
  ['https://youtu.be/', 'invalid-id'],
  [`https://youtu.be/${ID}/extra`.replace(ID, 'x'), 'invalid-id'],
  ['https://vimeo.com/', 'invalid-id'],
  ['https://vimeo.com/staffpicks', 'invalid-id'],
  ['https://vimeo.com/1234567890123', 'invalid-id'],
  ['https://player.vimeo.com/video/abc', 'invalid-id'],
  ['https://vimeo.com/showcase/7654321/embed', 'invalid-id'],
  ['https://vimeo.com/event/1234567/embed', 'invalid-id'],
  ['https://www.youtube.com/embed/live_stream?channel=UC1234567890', 'invalid-id'],
  ['https://vimeo.com.evil.test/76979871', 'unknown-host'],
  ['https://evil.vimeo.com/76979871', 'unknown-host'],
];

describe('parseVideoUrl', () => {
  it('has at least 60 cases', () => {
    expect(good.length + bad.length).to.be.at.least(60);
  });

  for (const [src, video] of good) {
    it(`reads ${JSON.stringify(src).slice(0, 120)}`, () => {
      expect(parseVideoUrl(src)).to.deep.equal({ ok: true, video });
    });
  }

  for (const [src, reason] of bad) {
    it(`refuses ${JSON.stringify(src)?.slice(0, 120)} (${reason})`, () => {
      expect(parseVideoUrl(src)).to.deep.equal({ ok: false, reason });
    });
  }
});

describe('parseStart', () => {
  const cases: [string | null | undefined, number | undefined][] = [
    ['90', 90],
    ['90s', 90],
    ['1m30s', 90],
    ['1h', 3600],
    ['1h2m3s', 3723],
    [' 2m ', 120],
    ['0', 0],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['1m30', 90],
    ['abc', undefined],
    ['9'.repeat(20), undefined],
  ];
  for (const [value, seconds] of cases) {
    it(`reads ${JSON.stringify(value)} as ${seconds}`, () => expect(parseStart(value)).to.equal(seconds));
  }
});

describe('playerParams', () => {
  const read = (provider: Video['provider'], query: string) => playerParams(provider, new URLSearchParams(query));

  it('keeps the allow-listed YouTube parameters with a valid value', () => {
    expect(read('youtube', 'rel=0&controls=0&cc_load_policy=1&cc_lang_pref=ta')).to.deep.equal({
      rel: '0',
      controls: '0',
      cc_load_policy: '1',
      cc_lang_pref: 'ta',
    });
  });

  it('keeps the allow-listed Vimeo parameters with a valid value', () => {
    expect(read('vimeo', 'controls=0&texttrack=zh-CN')).to.deep.equal({ controls: '0', texttrack: 'zh-CN' });
  });

  it('gives undefined when nothing is left', () => {
    expect(read('youtube', '')).to.equal(undefined);
    expect(read('youtube', 'si=abc&feature=shared')).to.equal(undefined);
  });

  it('drops what could change where the player loads from, what it tracks or how it starts', () => {
    const query =
      'autoplay=0&mute=1&enablejsapi=1&origin=https://evil.test&widget_referrer=x&dnt=0&h=abc&start=5&list=PL1&t=9&playlist=x&loop=1';
    expect(read('youtube', query)).to.equal(undefined);
    expect(read('vimeo', query)).to.equal(undefined);
  });

  it("drops another provider's parameters", () => {
    expect(read('vimeo', 'rel=0&cc_load_policy=1&cc_lang_pref=en')).to.equal(undefined);
    expect(read('youtube', 'texttrack=en&controls=false')).to.equal(undefined);
  });

  for (const hostile of [
    'controls=0%26autoplay%3D0',
    'controls=0&autoplay=0'.replace('&', '%26'),
    'rel=2',
    'rel=00',
    'rel= 0',
    'rel=0%00',
    'rel=0%0A',
    'cc_lang_pref=en%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    'cc_lang_pref=javascript:alert(1)',
    `cc_lang_pref=en-${'a'.repeat(100)}`,
    'cc_lang_pref=en-a-b-c-d-e',
    'cc_lang_pref=',
    'cc_lang_pref=e',
    'cc_lang_pref=en_US',
    'cc_lang_pref=ｅｎ',
    'RELL=0',
    'Rel=0',
    'rel[]=0',
    '__proto__=1',
    'constructor=1',
  ]) {
    it(`drops ${hostile.slice(0, 60)}`, () => expect(read('youtube', hostile)).to.equal(undefined));
  }

  it('takes the first of a repeated parameter, and only if it is valid', () => {
    expect(read('youtube', 'rel=0&rel=1')).to.deep.equal({ rel: '0' });
    expect(read('youtube', 'rel=x&rel=0')).to.equal(undefined);
  });
});

describe('video URLs built from a Video', () => {
  it('plays YouTube from youtube-nocookie with autoplay, start and playlist', () => {
    expect(embedUrl(youtube({ start: 90, list: 'PL1' }))).to.equal(
      `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&start=90&list=PL1`,
    );
    expect(embedUrl(youtube())).to.equal(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`);
  });

  it('plays Vimeo with do-not-track, the unlisted hash and the start time', () => {
    expect(embedUrl(vimeo('76979871', { hash: '8a9b7c6d5e', start: 65 }))).to.equal(
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8a9b7c6d5e#t=65s',
    );
    expect(embedUrl(vimeo('76979871'))).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
  });

  it("plays with the author's player parameters", () => {
    const player = { rel: '0', controls: '0', cc_load_policy: '1', cc_lang_pref: 'zh-Hans' };
    expect(embedUrl(youtube({ start: 30, player }))).to.equal(
      `https://www.youtube-nocookie.com/embed/${ID}?rel=0&controls=0&cc_load_policy=1&cc_lang_pref=zh-Hans&autoplay=1&start=30`,
    );
    expect(embedUrl(vimeo('76979871', { start: 65, player: { controls: 'false', texttrack: 'en' } }))).to.equal(
      'https://player.vimeo.com/video/76979871?controls=false&texttrack=en&autoplay=1&dnt=1#t=65s',
    );
  });

  it('keeps autoplay, do-not-track, the start and the host even if a player parameter names them', () => {
    const player = { autoplay: '0', dnt: '0', start: '1', rel: '0' };
    const url = new URL(embedUrl(youtube({ start: 30, player })));
    expect([url.host, url.searchParams.getAll('autoplay'), url.searchParams.getAll('start')]).to.deep.equal([
      'www.youtube-nocookie.com',
      ['1'],
      ['30'],
    ]);
    const vimeoUrl = new URL(embedUrl(vimeo('1', { player })));
    expect([vimeoUrl.host, vimeoUrl.searchParams.getAll('dnt')]).to.deep.equal(['player.vimeo.com', ['1']]);
  });

  it('reads back through the URL API: every round trip of a parsed URL plays the same parameters', () => {
    for (const [src] of good) {
      const parsed = parseVideoUrl(src);
      if (!parsed.ok) continue;
      const again = parseVideoUrl(embedUrl(parsed.video));
      expect(again.ok && again.video.player, src).to.deep.equal(parsed.video.player);
    }
  });

  it('links to the video on its provider', () => {
    expect(watchUrl(youtube())).to.equal(`https://www.youtube.com/watch?v=${ID}`);
    expect(watchUrl(youtube({ start: 5, list: 'PL1' }))).to.equal(`https://www.youtube.com/watch?v=${ID}&t=5&list=PL1`);
    expect(watchUrl(vimeo('76979871', { hash: '8a9b7c6d5e' }))).to.equal('https://vimeo.com/76979871/8a9b7c6d5e');
    expect(watchUrl(vimeo('76979871'))).to.equal('https://vimeo.com/76979871');
  });

  it('has one YouTube thumbnail on i.ytimg.com and none for Vimeo', () => {
    expect(thumbnailUrl(youtube())).to.equal(`https://i.ytimg.com/vi/${ID}/hqdefault.jpg`);
    expect(thumbnailUrl(vimeo('1'))).to.equal(undefined);
  });
});
