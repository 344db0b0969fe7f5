# case: pick a constructor-fixed top-k of assets by Sharpe-like score and scatter equal weights back into a full-size vector -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKPortfolio(nn.Cell):
    def __init__(self, n_assets=10, k=3):
        super().__init__()
        self.k = k
        self.n_assets = n_assets

    def score(self, returns):
        mu = returns.mean(axis=0)
        sd = ops.std(returns, axis=0) + 1e-6
        return mu / sd

    def construct(self, returns):
        s = self.score(returns)
        _, idx = ops.topk(s, self.k)
        onehot = ops.one_hot(idx, self.n_assets, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        w = onehot.sum(axis=0) / self.k
        return w


def make():
    np.random.seed(10)
    returns = Tensor((np.random.randn(40, 10) * 0.01 + 0.001).astype(np.float32))
    return TopKPortfolio(), (returns,)
