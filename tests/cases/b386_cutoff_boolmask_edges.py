# case: CGCNN conv layer prunes candidate periodic edges to dist < cutoff via boolean-mask indexing in a filter helper -> dynamic shape (or rejected) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftedSoftplus(nn.Cell):
    def __init__(self):
        super().__init__()
        self.shift = float(np.log(2.0))

    def construct(self, x):
        return ops.softplus(x) - self.shift


class GraphConfig:
    def __init__(self, cutoff=5.0, num_gaussians=20, atom_dim=16, use_cache=False):
        self.cutoff = cutoff
        self.num_gaussians = num_gaussians
        self.atom_dim = atom_dim
        self.use_cache = use_cache


def gaussian_expand(d, centers, width):
    return ops.exp(-((d[:, None] - centers[None, :]) ** 2) / (width ** 2))


class NeighborFilter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff

    def _apply_cutoff(self, dist, src, dst):
        keep = dist < self.cutoff
        return dist[keep], src[keep], dst[keep]

    def construct(self, dist, src, dst):
        return self._apply_cutoff(dist, src, dst)


class CGConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.filter = NeighborFilter(config)
        self.centers = Tensor(np.linspace(0.0, config.cutoff, config.num_gaussians), ms.float32)
        self.width = config.cutoff / config.num_gaussians
        self.edge_proj = nn.Dense(config.num_gaussians, config.atom_dim)
        self.act = ShiftedSoftplus()

    def construct(self, atom_fea, dist, src, dst):
        d, s, t = self.filter(dist, src, dst)
        e = gaussian_expand(d, self.centers, self.width)
        msg = ops.gather(atom_fea, t, 0) * self.act(self.edge_proj(e))
        agg = ops.unsorted_segment_sum(msg, s, atom_fea.shape[0])
        return atom_fea + agg


def make():
    np.random.seed(0)
    n_atoms, nbr = 12, 4
    atom_fea = Tensor(np.random.randn(n_atoms, 16).astype(np.float32))
    src = np.repeat(np.arange(n_atoms), nbr).astype(np.int32)
    dst = np.random.randint(0, n_atoms, size=src.shape).astype(np.int32)
    dist = np.random.uniform(1.5, 7.0, size=src.shape).astype(np.float32)
    return CGConv(GraphConfig()), (atom_fea, Tensor(dist), Tensor(src), Tensor(dst))
