# case: event time of the first threshold crossing found with argmax over a fixed-length crossing mask plus linear interpolation (no nonzero) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstCrossing(nn.Cell):
    def __init__(self, level=0.5):
        super().__init__()
        self.level = level

    def construct(self, t_grid, x):
        above = (x >= self.level).astype(ms.int32)
        crossed = ops.logical_and(above[1:] == 1, above[:-1] == 0)
        has_event = crossed.any()
        i = ops.argmax(crossed.astype(ms.int32))
        x0, x1 = x[i], x[i + 1]
        t0, t1 = t_grid[i], t_grid[i + 1]
        t_event = t0 + (self.level - x0) / (x1 - x0 + 1e-12) * (t1 - t0)
        return ops.select(has_event, t_event, t_grid[-1]), has_event


def make():
    np.random.seed(39)
    t = np.linspace(0, 2, 21).astype(np.float32)
    x = (1 - np.exp(-1.5 * t)).astype(np.float32)
    return FirstCrossing(), (Tensor(t), Tensor(x))
