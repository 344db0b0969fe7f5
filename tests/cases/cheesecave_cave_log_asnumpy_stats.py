# case: summarise a day of cave sensor logs, computing the humidity percentile through .asnumpy() and np.percentile inside construct -> NumPy on tensor in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CaveDailySummary(nn.Cell):
    def __init__(self, percentile=90):
        super().__init__()
        self.percentile = percentile
        self.temp_offset = ms.Parameter(Tensor(np.float32(-0.3)), name="temp_offset")

    def construct(self, rh, temp):
        temp = temp + self.temp_offset
        p_rh = np.percentile(rh.asnumpy(), self.percentile)
        mean_t = temp.mean()
        return ops.stack((Tensor(p_rh, ms.float32), mean_t))


def make():
    np.random.seed(3213)
    rh = (90 + 4 * np.random.rand(144)).astype(np.float32)
    temp = (11 + np.random.rand(144)).astype(np.float32)
    return CaveDailySummary(), (Tensor(rh), Tensor(temp))
