# case: mask the future cells of an incremental reserve triangle with a constant numpy-built mask and fill them with expected payments -> fixed-size mask multiplied in, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def observed_mask(n):
    i, j = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    return ((i + j) < n).astype(np.float32)


class TriangleCompleter(nn.Cell):
    def __init__(self, n_periods=6):
        super().__init__()
        self.obs = Tensor(observed_mask(n_periods))
        self.future = 1.0 - self.obs

    def construct(self, incremental, expected):
        observed_part = incremental * self.obs
        future_part = expected * self.future
        full = observed_part + future_part
        reserve = future_part.sum(axis=1)
        return full, reserve, reserve.sum()


def make():
    np.random.seed(28)
    inc = Tensor(np.random.gamma(2.0, 120.0, size=(6, 6)).astype(np.float32))
    expd = Tensor(np.random.gamma(2.0, 100.0, size=(6, 6)).astype(np.float32))
    return TriangleCompleter(), (inc, expd)
