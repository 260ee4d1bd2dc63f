/** Per-call milliseconds of `run`: repeated until a run lasts `minMs` (timers are coarse), median of `runs` such runs. */
export function medianRun(run: () => unknown, runs = 7, minMs = 30): number {
  const perCall: number[] = [];
  run();
  for (let i = 0; i < runs; i++) {
    let calls = 0;
    const start = performance.now();
    do {
      run();
      calls++;
    } while (performance.now() - start < minMs);
    perCall.push((performance.now() - start) / calls);
  }
  return perCall.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
