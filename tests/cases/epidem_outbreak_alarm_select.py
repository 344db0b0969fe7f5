# case: outbreak alarm per region from growth ratio using ops.select, returning a fixed-size alarm vector and alarm count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutbreakAlarm(nn.Cell):
    def __init__(self, threshold=1.5, window=3):
        super().__init__()
        self.threshold = threshold
        self.window = window

    def growth(self, cases):
        recent = cases[-self.window:].sum(axis=0)
        prev = cases[-2 * self.window:-self.window].sum(axis=0)
        return recent / (prev + 1.0)

    def construct(self, cases):
        ratio = self.growth(cases)
        alarm = ratio > self.threshold
        latest = cases[-1]
        flagged = ops.select(alarm, latest, ops.zeros_like(latest))
        n_alarm = alarm.astype(ms.int32).sum()
        return flagged, n_alarm


def make():
    np.random.seed(7)
    days, regions = 10, 9
    base = np.random.uniform(5, 30, size=regions)
    growth = np.random.uniform(0.9, 1.3, size=regions)
    cases = np.stack([base * growth ** t for t in range(days)]).astype(np.float32)
    return OutbreakAlarm(), (Tensor(cases),)
