# case: batched pairwise distance matrix with padding mask and Gaussian RBF expansion, all sizes from .shape/config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianSmearing(nn.Cell):
    def __init__(self, start=0.0, stop=5.0, num_gaussians=16):
        super().__init__()
        offset = np.linspace(start, stop, num_gaussians).astype(np.float32)
        self.offset = Tensor(offset)
        self.coeff = -0.5 / float(offset[1] - offset[0]) ** 2

    def construct(self, dist):
        d = dist[..., None] - self.offset
        return ops.exp(self.coeff * d * d)


class PairFeaturizer(nn.Cell):
    def __init__(self, num_gaussians=16, out_dim=8):
        super().__init__()
        self.smear = GaussianSmearing(num_gaussians=num_gaussians)
        self.proj = nn.Dense(num_gaussians, out_dim)

    def distances(self, pos):
        b, n, _ = pos.shape
        sq = (pos * pos).sum(-1)
        inner = ops.bmm(pos, pos.transpose(0, 2, 1))
        d2 = sq.reshape(b, n, 1) + sq.reshape(b, 1, n) - 2.0 * inner
        return ops.sqrt(ops.relu(d2) + 1e-8)

    def construct(self, pos, atom_mask):
        dist = self.distances(pos)
        pair_mask = atom_mask[:, :, None] * atom_mask[:, None, :]
        feats = self.proj(self.smear(dist))
        return feats * pair_mask[..., None]


def make():
    np.random.seed(20)
    pos = Tensor(np.random.randn(2, 6, 3).astype(np.float32))
    mask = np.ones((2, 6), np.float32)
    mask[1, 4:] = 0
    return PairFeaturizer(), (pos, Tensor(mask))
