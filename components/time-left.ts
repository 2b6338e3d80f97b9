/** "9:41": minutes and seconds from `now` until `until` (epoch ms), never below 0:00. */
export function timeLeft(until: number, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((until - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
