# case: historical VaR and expected shortfall by sorting portfolio returns and indexing the quantile position computed from the static length -> sort plus shape-derived index, static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoricalVaR(nn.Cell):
    def __init__(self, alpha=0.05):
        super().__init__()
        self.alpha = alpha

    def construct(self, asset_returns, weights):
        port = ops.matmul(asset_returns, weights)
        sorted_r, _ = ops.sort(port)
        t = port.shape[0]
        k = max(int(self.alpha * t), 1)
        var = -sorted_r[k - 1]
        es = -sorted_r[:k].mean()
        return var, es


def make():
    np.random.seed(38)
    r = Tensor((np.random.standard_t(4, size=(200, 5)) * 0.01).astype(np.float32))
    w = Tensor(np.random.dirichlet(np.ones(5)).astype(np.float32))
    return HistoricalVaR(), (r, w)
