# case: check which bells were rung in a recorded change with one-hot counts over a fixed number of bells -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RungBellCheck(nn.Cell):
    def __init__(self, n_bells=8):
        super().__init__()
        self.n_bells = n_bells
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, change_rows):
        flat = change_rows.reshape(-1) - 1
        hits = ops.one_hot(flat, self.n_bells, self.on, self.off).sum(axis=0)
        rung = hits > 0
        coverage = rung.astype(ms.float32).mean()
        return hits, coverage


def make():
    np.random.seed(5)
    rows = np.stack([np.random.permutation(6) + 1 for _ in range(12)]).astype(np.int32)
    return RungBellCheck(), (Tensor(rows),)
