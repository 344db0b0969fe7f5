# case: select dwell times exceeding the posted limit with boolean-mask indexing and average them -> dynamic shape from boolean index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverstayStats(nn.Cell):
    def __init__(self, limit_minutes=120.0):
        super().__init__()
        self.limit = limit_minutes

    def construct(self, entry_min, now_min):
        dwell = now_min - entry_min
        over = dwell[dwell > self.limit]
        excess = over - self.limit
        return excess.mean(), excess


def make():
    np.random.seed(5)
    entry = Tensor(np.random.uniform(0, 400, 20).astype(np.float32))
    now = Tensor(np.full(20, 480.0, dtype=np.float32))
    return OverstayStats(), (entry, now)
