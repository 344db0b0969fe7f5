# case: expand a fixed-size padded bond-length matrix into Gaussian radial basis features and a smooth-cutoff weighted bond embedding -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianSmearing(nn.Cell):
    def __init__(self, start=0.0, stop=5.0, n_gauss=10):
        super().__init__()
        centers = np.linspace(start, stop, n_gauss).astype(np.float32)
        self.centers = Tensor(centers)
        self.coeff = -0.5 / float(centers[1] - centers[0]) ** 2

    def construct(self, d):
        return ops.exp(self.coeff * (ops.expand_dims(d, -1) - self.centers) ** 2)


class BondEmbedding(nn.Cell):
    def __init__(self, n_gauss=10, dim=8, cutoff=5.0):
        super().__init__()
        self.smear = GaussianSmearing(stop=cutoff, n_gauss=n_gauss)
        self.lin = nn.Dense(n_gauss, dim)
        self.cutoff = cutoff

    def construct(self, bond_lengths):
        rbf = self.smear(bond_lengths)
        w = ops.clip_by_value(1.0 - (bond_lengths / self.cutoff) ** 2, 0.0, 1.0)
        return self.lin(rbf) * ops.expand_dims(w, -1)


def make():
    np.random.seed(39)
    d = Tensor((0.8 + 5.0 * np.random.rand(6, 5)).astype(np.float32))
    return BondEmbedding(), (d,)
