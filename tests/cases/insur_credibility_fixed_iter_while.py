# case: iterate a Buhlmann-Straub credibility estimate for a fixed number of Python-int iterations in a while loop -> constant loop bound, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BuhlmannStraub(nn.Cell):
    def __init__(self, n_iter=4, k_init=500.0):
        super().__init__()
        self.n_iter = n_iter
        self.k_init = k_init

    def construct(self, group_means, group_weights, within_var):
        k = self.k_init
        z = group_weights / (group_weights + k)
        i = 0
        while i < self.n_iter:
            collective = (z * group_means).sum() / z.sum()
            between = ((z * (group_means - collective) ** 2).sum() / z.sum()) + 1e-6
            k = within_var / between
            z = group_weights / (group_weights + k)
            i += 1
        premium = z * group_means + (1.0 - z) * collective
        return premium, z


def make():
    np.random.seed(38)
    m = Tensor(np.random.uniform(90, 130, size=(6,)).astype(np.float32))
    w = Tensor(np.random.uniform(200, 2000, size=(6,)).astype(np.float32))
    v = Tensor(np.array(2500.0, np.float32))
    return BuhlmannStraub(), (m, w, v)
