// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanScheduler } from '../../src/content/scan-scheduler';
import { watchForms } from '../../src/content/watch-forms';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchForms', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('ignores mutations that cannot hold a marketing control', async () => {
    const onChange = vi.fn();
    stop = watchForms(document.body, onChange, () => []);
    for (let i = 0; i < 50; i++) document.body.append(Object.assign(document.createElement('div'), { textContent: `ad ${i}` }));
    document.body.firstElementChild?.setAttribute('class', 'x');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('notices a form inserted late, a state attribute and a removed control, and says where each happened', async () => {
    const onChange = vi.fn();
    const tracked: Element[] = [];
    stop = watchForms(document.body, onChange, () => tracked);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<form><label><input type="checkbox" id="late"> Nieuwsbrief</label></form>';
    document.body.append(wrapper);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith([document.body]);
    const box = document.getElementById('late')!;
    box.setAttribute('checked', '');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith([box]);
    tracked.push(box);
    wrapper.remove();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(onChange).toHaveBeenLastCalledWith([document.body]);
  });
});

describe('createScanScheduler', () => {
  afterEach(() => vi.useRealTimers());

  it('scans once per burst, and not later than maxWait into a page that never settles', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const scheduler = createScanScheduler(run, { quietMs: 300, maxWaitMs: 1000, budget: 0.05, now: Date.now });
    for (let i = 0; i < 15; i++) {
      scheduler.request();
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(199);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps scans within the main-thread budget', () => {
    vi.useFakeTimers();
    const run = vi.fn(() => vi.advanceTimersByTime(0) && vi.setSystemTime(Date.now() + 40));
    const scheduler = createScanScheduler(run, { quietMs: 10, maxWaitMs: 50, budget: 0.1, now: Date.now });
    scheduler.request();
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.request();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
