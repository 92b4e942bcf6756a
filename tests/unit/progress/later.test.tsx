import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Later } from '@/components/progress/Later';

describe('Later', () => {
  it('shows an empty box first and its content once the page has been shown', async () => {
    const root = document.createElement('div');
    let made = 0;
    render(
      <Later>
        {() => {
          made += 1;
          return <p>chart</p>;
        }}
      </Later>,
      root,
    );

    expect(made).toBe(0);
    expect(root.querySelector('.chart--later')?.getAttribute('aria-hidden')).toBe('true');
    await new Promise((done) => setTimeout(done, 100));
    expect(made).toBe(1);
    expect(root.textContent).toBe('chart');
    render(null, root);
  });
});
