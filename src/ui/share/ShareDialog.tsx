// The Share dialog (loaded on first use): the link with "Copy link", its QR code, the lesson title, the
// controls to hide from students and an iframe snippet. A native modal <dialog>: the page behind is inert
// (focus stays inside), Esc and "Close" close it, and the opener gets focus back.
import { useEffect, useId, useRef, useState } from 'react';
import { setControlHidden, setLessonTitle } from '../../state/actions';
import { HIDEABLE_CONTROLS } from '../../state/lesson';
import { useDownhill } from '../../state/store';
import { flushUrl, type FlushResult } from '../../state/urlSync';
import { QrCode } from './QrCode';
import { iframeSnippet } from './shareLinks';
import './share.css';

/** Edits (typing a title) come at typing speed; the address and the QR code follow once typing pauses. */
const REFRESH_MS = 300;

type Link = { readonly ok: true; readonly href: string; readonly note?: string } | { readonly ok: false; readonly message: string };

/** The address brought up to date first: a link that does not hold the current setup is never shown as the link. */
function currentLink(): Link {
  const r: FlushResult = flushUrl();
  return r.ok ? { ok: true, href: new URL(r.url, window.location.href).href, ...(r.note === undefined ? {} : { note: r.note }) } : r;
}

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState<Link>(currentLink);
  const [copied, setCopied] = useState('');
  const title = useDownhill((s) => s.scenario.lesson.title);
  const hidden = useDownhill((s) => s.scenario.lesson.hidden);
  const id = useId();

  const linkBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
    // The link first, selected: Ctrl+C copies it at once.
    linkBox.current?.focus();
  }, []);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useDownhill.subscribe((s, prev) => {
      if ((s.scenario === prev.scenario && s.selected === prev.selected && s.showBasins === prev.showBasins) || timer !== null) return;
      timer = setTimeout(() => { timer = null; setLink(currentLink()); setCopied(''); }, REFRESH_MS);
    });
    return () => { unsubscribe(); if (timer !== null) clearTimeout(timer); };
  }, []);

  const copy = async () => {
    const now = currentLink();
    setLink(now);
    if (!now.ok) { setCopied(`Not copied: ${now.message}`); return; }
    try {
      await navigator.clipboard.writeText(now.href);
      setCopied(now.note === undefined ? 'Link copied' : `Link copied; ${now.note}`);
    } catch {
      setCopied('Not copied: the browser did not allow it. Select the link and copy it.');
    }
  };

  return (
    // Keys stay in the dialog: the lab's shortcuts (Space, R, arrows on the window) must not press or reset behind it.
    <dialog ref={dialog} className="share-dialog" aria-labelledby={`${id}-h`} onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div className="share-head">
        <h2 id={`${id}-h`}>Share this setup</h2>
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <div className="share-link">
        <label htmlFor={`${id}-link`}>Link</label>
        <div className="share-row">
          <input id={`${id}-link`} ref={linkBox} type="text" readOnly value={link.ok ? link.href : ''} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy()}>Copy link</button>
        </div>
        <p className="share-status" role="status">{link.ok ? copied : `Not up to date: ${link.message}`}</p>
      </div>
      {link.ok && <QrCode text={link.href} />}
      <div className="share-title">
        <label htmlFor={`${id}-title`}>Lesson title</label>
        <input id={`${id}-title`} type="text" value={title} placeholder="Shown above the landscape" onChange={(e) => setLessonTitle(e.target.value)} />
      </div>
      <fieldset className="share-hide">
        <legend>Hide from students</legend>
        {HIDEABLE_CONTROLS.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={hidden.includes(c.id)} onChange={(e) => setControlHidden(c.id, e.target.checked)} /> {c.label}
          </label>
        ))}
      </fieldset>
      {link.ok && (
        <div className="share-embed">
          <label htmlFor={`${id}-embed`}>Embed code</label>
          <textarea id={`${id}-embed`} readOnly rows={3} value={iframeSnippet(link.href, title)} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </dialog>
  );
}
