"""Estimators: pass@k and pass^k (unbiased, per task), Wilson intervals, bootstrap intervals over tasks."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

BOOTSTRAP_SAMPLES = 2000
Z95 = 1.959963984540054


@dataclass(frozen=True)
class Estimate:
    value: float
    low: float
    high: float

    def pct(self) -> str:
        return f"{100 * self.value:.1f}% [{100 * self.low:.1f}, {100 * self.high:.1f}]"

    def plain(self) -> str:
        return f"{self.value:.3f} [{self.low:.3f}, {self.high:.3f}]"


def pass_at_k(n: int, c: int, k: int) -> float:
    """1 - C(n-c, k) / C(n, k): the chance that at least one of k trials drawn from n resolves the task."""
    if not 0 < k <= n:
        raise ValueError(f"k={k} needs 1 <= k <= n={n}")
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def pass_hat_k(n: int, c: int, k: int) -> float:
    """C(c, k) / C(n, k): the chance that all of k trials drawn from n resolve the task."""
    if not 0 < k <= n:
        raise ValueError(f"k={k} needs 1 <= k <= n={n}")
    return math.comb(c, k) / math.comb(n, k)


def wilson(successes: int, n: int, z: float = Z95) -> Estimate:
    """The proportion with its Wilson score interval (well-behaved at 0, 1 and small n)."""
    if n == 0:
        return Estimate(0.0, 0.0, 0.0)
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return Estimate(p, max(0.0, centre - half), min(1.0, centre + half))


def bootstrap_mean(per_task: Sequence[float], samples: int = BOOTSTRAP_SAMPLES, seed: int = 0) -> Estimate:
    """The mean over tasks with a 95% percentile bootstrap interval (tasks resampled; seeded, reproducible)."""
    return bootstrap(per_task, lambda xs: sum(xs) / len(xs), samples, seed)


def bootstrap(values: Sequence[float], statistic: Callable[[Sequence[float]], float],
              samples: int = BOOTSTRAP_SAMPLES, seed: int = 0) -> Estimate:
    if not values:
        return Estimate(0.0, 0.0, 0.0)
    point = statistic(values)
    if len(values) == 1:
        return Estimate(point, point, point)
    rng = random.Random(seed)
    stats = sorted(statistic(rng.choices(values, k=len(values))) for _ in range(samples))
    return Estimate(point, stats[int(0.025 * (samples - 1))], stats[int(0.975 * (samples - 1))])
