# case: converts target weights to a Python list with .tolist() and rounds each to whole shares in a Python loop inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShareRounder(nn.Cell):
    def __init__(self, capital=100000.0):
        super().__init__()
        self.capital = capital

    def construct(self, weights, prices):
        w_list = weights.tolist()
        p_list = prices.tolist()
        shares = []
        for w, p in zip(w_list, p_list):
            shares.append(round(w * self.capital / p))
        shares_t = Tensor(shares, ms.float32)
        invested = (shares_t * prices).sum()
        return shares_t, self.capital - invested


def make():
    np.random.seed(32)
    w = np.random.dirichlet(np.ones(6)).astype(np.float32)
    px = (10.0 + 90.0 * np.random.rand(6)).astype(np.float32)
    return ShareRounder(), (Tensor(w), Tensor(px))
