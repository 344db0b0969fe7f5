# case: multi-resolution dense feature grids (one sub-Cell per level in a CellList) queried in a Python loop and concatenated -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseGridLevel(nn.Cell):
    def __init__(self, resolution, feat_dim=2, seed=0):
        super().__init__()
        self.resolution = resolution
        rng = np.random.RandomState(seed)
        self.table = ms.Parameter(Tensor(rng.randn(resolution ** 3, feat_dim).astype(np.float32) * 1e-2),
                                  name="table_%d" % resolution)

    def construct(self, x01):
        ijk = ops.clamp(ops.floor(x01 * (self.resolution - 1) + 0.5).astype(ms.int32), 0, self.resolution - 1)
        r = self.resolution
        idx = (ijk[:, 0] * r + ijk[:, 1]) * r + ijk[:, 2]
        return ops.gather(self.table, idx, 0)


class MultiResEncoding(nn.Cell):
    def __init__(self, base_res=4, n_levels=3, growth=2, bound=1.0, hidden=16):
        super().__init__()
        self.bound = bound
        self.levels = nn.CellList([DenseGridLevel(base_res * growth ** l, seed=l) for l in range(n_levels)])
        self.head = nn.SequentialCell([nn.Dense(2 * n_levels, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, pts):
        x01 = (pts + self.bound) / (2 * self.bound)
        feats = []
        for level in self.levels:
            feats.append(level(x01))
        return ops.softplus(self.head(ops.concat(feats, axis=-1))).squeeze(-1)


def make():
    np.random.seed(39)
    pts = Tensor(np.random.uniform(-1, 1, (32, 3)).astype(np.float32))
    return MultiResEncoding(), (pts,)
