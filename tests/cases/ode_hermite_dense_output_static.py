# case: cubic Hermite dense output at query times fixed in the constructor, interval indices computed in NumPy in __init__ -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HermiteDenseOutput(nn.Cell):
    def __init__(self, t_grid, t_query):
        super().__init__()
        idx = np.clip(np.searchsorted(t_grid, t_query) - 1, 0, len(t_grid) - 2)
        h = t_grid[idx + 1] - t_grid[idx]
        s = (t_query - t_grid[idx]) / h
        self.idx = Tensor(idx.astype(np.int32))
        self.h = Tensor(h.astype(np.float32).reshape(-1, 1))
        self.s = Tensor(s.astype(np.float32).reshape(-1, 1))

    def construct(self, y, dy):
        y0, y1 = ops.gather(y, self.idx, 0), ops.gather(y, self.idx + 1, 0)
        d0, d1 = ops.gather(dy, self.idx, 0), ops.gather(dy, self.idx + 1, 0)
        s = self.s
        h00 = 2 * s ** 3 - 3 * s ** 2 + 1
        h10 = s ** 3 - 2 * s ** 2 + s
        h01 = -2 * s ** 3 + 3 * s ** 2
        h11 = s ** 3 - s ** 2
        return h00 * y0 + h10 * self.h * d0 + h01 * y1 + h11 * self.h * d1


def make():
    np.random.seed(33)
    t = np.cumsum(np.random.uniform(0.1, 0.3, 10)).astype(np.float32)
    y = np.stack([np.sin(t), np.cos(t)], axis=1).astype(np.float32)
    dy = np.stack([np.cos(t), -np.sin(t)], axis=1).astype(np.float32)
    tq = np.linspace(t[0], t[-1], 7).astype(np.float32)
    return HermiteDenseOutput(t, tq), (Tensor(y), Tensor(dy))
