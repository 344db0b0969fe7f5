# case: concatenates per-fish growth rows in a for-loop whose trip count is the number of fish tensor -> loop over tensor-valued range growing a tensor, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrowthLog(nn.Cell):
    def __init__(self, days=7):
        super().__init__()
        self.days = days

    def construct(self, weights_g, growth_rate, n_fish):
        rows = weights_g[0:1]
        for i in range(n_fish):
            day_w = weights_g[i:i + 1] * ops.pow(1.0 + growth_rate, self.days)
            rows = ops.concat((rows, day_w))
        return rows[1:]


def make():
    np.random.seed(26)
    weights = Tensor((np.random.rand(10) * 300 + 50).astype(np.float32))
    rate = Tensor(np.array(0.02, dtype=np.float32))
    n_fish = Tensor(np.array(6, dtype=np.int32))
    return GrowthLog(), (weights, rate, n_fish)
