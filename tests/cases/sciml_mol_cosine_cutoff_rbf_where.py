# case: SchNet-style radial basis expansion with a smooth cosine cutoff via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CosineCutoff(nn.Cell):
    def __init__(self, cutoff=5.0):
        super().__init__()
        self.cutoff = cutoff

    def construct(self, d):
        c = 0.5 * (ops.cos(d * np.pi / self.cutoff) + 1.0)
        return ops.where(d < self.cutoff, c, ops.zeros_like(c))


class GaussianRBF(nn.Cell):
    def __init__(self, n_rbf=16, cutoff=5.0, gamma=10.0):
        super().__init__()
        self.centers = Tensor(np.linspace(0.0, cutoff, n_rbf).astype(np.float32))
        self.gamma = gamma

    def construct(self, d):
        return ops.exp(-self.gamma * ops.square(d.expand_dims(-1) - self.centers))


class RadialFilter(nn.Cell):
    def __init__(self, n_rbf=16, n_filters=8, cutoff=5.0):
        super().__init__()
        self.rbf = GaussianRBF(n_rbf, cutoff)
        self.cutoff_fn = CosineCutoff(cutoff)
        self.dense = nn.Dense(n_rbf, n_filters)

    def construct(self, positions, atom_mask):
        diff = positions[:, :, None, :] - positions[:, None, :, :]
        d = ops.sqrt(ops.reduce_sum(diff * diff, -1) + 1e-9)
        pair_mask = atom_mask[:, :, None] * atom_mask[:, None, :]
        w = self.dense(self.rbf(d)) * self.cutoff_fn(d).expand_dims(-1)
        return w * pair_mask.expand_dims(-1)


def make():
    np.random.seed(7)
    pos = Tensor((np.random.rand(2, 10, 3) * 4).astype(np.float32))
    mask = np.ones((2, 10), np.float32)
    mask[1, 7:] = 0.0
    return RadialFilter(), (pos, Tensor(mask))
