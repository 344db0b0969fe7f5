# case: Kaplan-Meier survival curve on a fixed time grid with events weighted in by multiplication instead of selected -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridKaplanMeier(nn.Cell):
    def __init__(self, horizon=36.0, n_grid=12):
        super().__init__()
        self.grid = Tensor(np.linspace(horizon / n_grid, horizon, n_grid).astype(np.float32))
        self.step = horizon / n_grid

    def construct(self, times, events):
        t = times.expand_dims(0)
        g = self.grid.expand_dims(1)
        at_risk = (t >= g - self.step).astype(ms.float32).sum(axis=1)
        in_bin = ops.logical_and(t >= g - self.step, t < g).astype(ms.float32)
        deaths = (in_bin * events.expand_dims(0)).sum(axis=1)
        hazard = deaths / ops.maximum(at_risk, 1.0)
        return ops.cumprod(1.0 - hazard, 0)


def make():
    np.random.seed(39)
    times = np.random.uniform(1, 36, size=15).astype(np.float32)
    events = np.random.binomial(1, 0.6, size=15).astype(np.float32)
    return GridKaplanMeier(), (Tensor(times), Tensor(events))
