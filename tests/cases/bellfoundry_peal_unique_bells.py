# case: check which bells were actually rung in a recorded change by taking ops.unique of the bell numbers -> unique gives data-dependent length, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RungBellCheck(nn.Cell):
    def __init__(self, n_bells=8):
        super().__init__()
        self.n_bells = n_bells

    def construct(self, change_rows):
        flat = change_rows.reshape(-1)
        rung, idx = ops.unique(flat)
        coverage = rung.shape[0] / self.n_bells
        return rung, idx, coverage


def make():
    np.random.seed(5)
    rows = np.stack([np.random.permutation(6) + 1 for _ in range(12)]).astype(np.int32)
    return RungBellCheck(), (Tensor(rows),)
