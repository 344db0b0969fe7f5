# case: if the curd has gelled (mean tan delta below 1) keep only the post-gel part of the frequency sweep, otherwise the full sweep -> tensor condition picks branches with different shapes, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SweepFeatures(nn.Cell):
    def __init__(self, post_gel_start=8):
        super().__init__()
        self.start = post_gel_start

    def tan_delta(self, g1, g2):
        return g2 / (g1 + 1e-6)

    def construct(self, g1, g2):
        td = self.tan_delta(g1, g2)
        if td.mean() < 1.0:
            sweep = g1[:, self.start:]
        else:
            sweep = g1
        return ops.log(sweep + 1.0)


def make():
    np.random.seed(3218)
    g1 = (np.random.rand(2, 20) * 40 + 5).astype(np.float32)
    g2 = (np.random.rand(2, 20) * 10).astype(np.float32)
    return SweepFeatures(), (Tensor(g1), Tensor(g2))
