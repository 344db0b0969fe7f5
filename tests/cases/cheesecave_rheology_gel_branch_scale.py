# case: if the curd has gelled (mean tan delta below 1) rescale the storage modulus, otherwise leave it; both branches keep the same shape -> tensor condition with equal shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GelNormaliser(nn.Cell):
    def __init__(self, gel_scale=0.02):
        super().__init__()
        self.gel_scale = gel_scale
        self.dense = nn.Dense(20, 4)

    def construct(self, g1, g2):
        td = g2 / (g1 + 1e-6)
        if td.mean() < 1.0:
            feat = ops.log1p(g1) * self.gel_scale
        else:
            feat = g1 * 0.0
        return self.dense(feat)


def make():
    np.random.seed(3219)
    g1 = (np.random.rand(2, 20) * 40 + 5).astype(np.float32)
    g2 = (np.random.rand(2, 20) * 10).astype(np.float32)
    return GelNormaliser(), (Tensor(g1), Tensor(g2))
