// Hydration of the SSR after-sales detail: the countdown ticks from the server-rendered value.
import { simBoot, pageNow } from '/__sim/sim-link.js';

const el = document.querySelector('[data-remain]');
if (el) {
  const remain0 = Number(el.getAttribute('data-remain'));
  const nums = el.querySelectorAll('span');
  simBoot().then(() => {
    const t0 = pageNow();
    setInterval(() => {
      const sec = Math.max(0, remain0 - Math.floor((pageNow() - t0) / 1000));
      const parts = [Math.floor(sec / 86400), Math.floor((sec % 86400) / 3600), Math.floor((sec % 3600) / 60), sec % 60];
      parts.forEach((v, i) => {
        if (nums[i] && nums[i].textContent !== String(v)) nums[i].textContent = String(v);
      });
    }, 1000);
  });
}
