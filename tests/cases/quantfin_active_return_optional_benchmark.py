# case: portfolio return cell with an optional benchmark argument tested with `is None` to report active return and tracking error -> None check resolved at compile time, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PortfolioReport(nn.Cell):
    def __init__(self, periods_per_year=252):
        super().__init__()
        self.ppy = periods_per_year

    def construct(self, weights, asset_returns, benchmark=None):
        port = ops.matmul(asset_returns, weights)
        if benchmark is None:
            active = port
        else:
            active = port - benchmark
        te = ops.std(active) * np.sqrt(self.ppy)
        return active.mean() * self.ppy, te


def make():
    np.random.seed(32)
    w = Tensor(np.random.dirichlet(np.ones(5)).astype(np.float32))
    r = Tensor((np.random.randn(60, 5) * 0.01).astype(np.float32))
    bench = Tensor((np.random.randn(60) * 0.008).astype(np.float32))
    return PortfolioReport(), (w, r, bench)
