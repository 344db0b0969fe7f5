# case: age-to-age ratios by dividing the triangle without its first column by the triangle without its last, sliced with x.shape -> static slices
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgeToAge(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, cum_triangle, observed):
        n_dev = cum_triangle.shape[1]
        nxt = cum_triangle[:, 1:n_dev]
        cur = cum_triangle[:, 0:n_dev - 1]
        pair_obs = observed[:, 1:n_dev] * observed[:, 0:n_dev - 1]
        ratios = nxt / (cur + self.eps) * pair_obs
        weights = cur * pair_obs
        vw_ldf = (ratios * weights).sum(axis=0) / (weights.sum(axis=0) + self.eps)
        return vw_ldf


def make():
    np.random.seed(33)
    n = 5
    cum = np.cumsum(np.random.gamma(2.0, 100.0, size=(n, n)), axis=1).astype(np.float32)
    obs = (np.add.outer(np.arange(n), np.arange(n)) < n).astype(np.float32)
    return AgeToAge(), (Tensor(cum * obs), Tensor(obs))
