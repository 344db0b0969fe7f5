# case: fills NaN sensor gaps with ops.where using the previous reading, looping over a constant number of hours from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForwardFillGaps(nn.Cell):
    """Carry the last valid water level forward across gaps (per gauge)."""

    def __init__(self, default_level=0.0):
        super().__init__()
        self.default_level = default_level

    def construct(self, levels):
        # levels: (gauges, hours) with NaN where the sensor dropped out
        n_hours = levels.shape[1]
        last = ops.fill(ms.float32, (levels.shape[0],), self.default_level)
        out = []
        for t in range(n_hours):
            col = levels[:, t]
            col = ops.where(ops.isnan(col), last, col)
            out.append(col)
            last = col
        return ops.stack(out, axis=1)


def make():
    np.random.seed(13)
    levels = np.random.uniform(1.0, 2.5, size=(3, 12)).astype(np.float32)
    levels[0, 3:5] = np.nan
    levels[2, 7] = np.nan
    return ForwardFillGaps(), (Tensor(levels),)
