# case: average claim severity over open claims using a float mask multiplied in and divided by mask sum -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OpenClaimSeverity(nn.Cell):
    def __init__(self, inflation=1.03, years_to_settle=2):
        super().__init__()
        self.trend = inflation ** years_to_settle

    def construct(self, severity, is_open):
        mask = is_open.astype(ms.float32)
        trended = severity * self.trend
        total = (trended * mask).sum(axis=1)
        n_open = mask.sum(axis=1)
        avg = total / ops.maximum(n_open, ops.ones_like(n_open))
        return avg


def make():
    np.random.seed(4)
    sev = Tensor(np.random.gamma(2.0, 900.0, size=(8, 10)).astype(np.float32))
    open_flags = Tensor(np.random.rand(8, 10) > 0.4)
    return OpenClaimSeverity(), (sev, open_flags)
