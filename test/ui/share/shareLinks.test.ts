// The embed address and the iframe snippet the Share dialog offers.
import { describe, expect, it } from 'vitest';
import { embedUrl, fullAppUrl, iframeSnippet } from '../../../src/ui/share/shareLinks';

describe('share links', () => {
  it('an embed keeps the scenario (fragment) and path, with ?embed=1 as its only query', () => {
    expect(embedUrl('https://ex.org/app/?debug#s=bowl&title=A+b')).toBe('https://ex.org/app/?embed=1#s=bowl&title=A+b');
    expect(embedUrl('https://ex.org/')).toBe('https://ex.org/?embed=1');
  });

  it('"Open in Downhill" is the same address without ?embed', () => {
    expect(fullAppUrl('https://ex.org/app/?embed=1#s=bowl&hide=lr')).toBe('https://ex.org/app/#s=bowl&hide=lr');
    expect(fullAppUrl('https://ex.org/?embed=1')).toBe('https://ex.org/');
  });

  it('the iframe snippet is one line whose attributes cannot be broken out of by a title', () => {
    const s = iframeSnippet('https://ex.org/#title=x', 'A "quoted" <b>title</b> & more');
    expect(s).not.toContain('\n');
    expect(s).toContain('title="Downhill: A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(s).toContain('src="https://ex.org/?embed=1#title=x"');
    // Parsed as HTML it is exactly one iframe with these attributes (counted by a plain attribute reader).
    const attrs = [...s.matchAll(/ (\w+)="([^"]*)"/g)].map((m) => m[1]);
    expect(attrs).toEqual(['src', 'title', 'width', 'height', 'style', 'allow']);
    expect(iframeSnippet('https://ex.org/', '  ')).toContain('title="Downhill: gradient descent"');
  });
});
