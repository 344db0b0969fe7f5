# case: project ultimate losses from a reserve triangle and take a 75th percentile with numpy via asnumpy inside construct -> host round trip, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReserveRange(nn.Cell):
    def __init__(self, percentile=75.0):
        super().__init__()
        self.percentile = percentile

    def ultimate(self, cum_triangle, cdf):
        latest_diag = cum_triangle[:, -1]
        return latest_diag * cdf

    def construct(self, cum_triangle, cdf):
        ult = self.ultimate(cum_triangle, cdf)
        reserve = ult - cum_triangle[:, -1]
        upper = np.percentile(reserve.asnumpy(), self.percentile)
        return reserve, Tensor(upper, ms.float32)


def make():
    np.random.seed(7)
    tri = np.cumsum(np.random.gamma(2.0, 150.0, size=(6, 6)), axis=1).astype(np.float32)
    cdf = np.array([1.0, 1.02, 1.06, 1.15, 1.32, 1.8], dtype=np.float32)
    return ReserveRange(), (Tensor(tri), Tensor(cdf))
