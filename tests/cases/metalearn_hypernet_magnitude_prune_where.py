# case: hypernetwork-generated weights magnitude-pruned with a fixed-size ops.where mask and an L1 penalty over the masked tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrunedHyperLinear(nn.Cell):
    def __init__(self, z_dim=5, in_dim=8, out_dim=3, threshold=0.05, l1=1e-3):
        super().__init__()
        self.in_dim, self.out_dim = in_dim, out_dim
        self.gen = nn.SequentialCell(nn.Dense(z_dim, 32), nn.Tanh(), nn.Dense(32, in_dim * out_dim))
        self.threshold = threshold
        self.l1 = l1

    def prune(self, w):
        keep = ops.abs(w) > self.threshold
        w_pruned = ops.where(keep, w, ops.zeros_like(w))
        density = keep.astype(ms.float32).mean()
        return w_pruned, density

    def construct(self, x, z):
        w = self.gen(z).reshape(self.in_dim, self.out_dim)
        w, density = self.prune(w)
        penalty = self.l1 * ops.abs(w).sum()
        return ops.matmul(x, w), penalty, density


def make():
    np.random.seed(30)
    layer = PrunedHyperLinear()
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    z = Tensor(np.random.randn(1, 5).astype(np.float32))
    return layer, (x, z)
