import { useEffect, useState } from 'preact/hooks';
import { timeLeft } from './time-left';

/** "9:41" until `until` (epoch ms), updated every second (extension pages). */
export function useCountdown(until: number): string {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return timeLeft(until, now);
}
