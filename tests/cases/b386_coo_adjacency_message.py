# case: message passing builds a sparse COO adjacency (atoms x atoms) weighted by the Gaussian edge envelope inside a helper and aggregates with a sparse-dense matmul -> sparse tensor in construct (rejected or unsupported in Graph mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseConvConfig:
    def __init__(self, atom_dim=16, cutoff=5.0, sigma=1.0, normalize=True):
        self.atom_dim = atom_dim
        self.cutoff = cutoff
        self.sigma = sigma
        self.normalize = normalize


class SparseGraphConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.sigma = config.sigma
        self.normalize = config.normalize
        self.lin = nn.Dense(config.atom_dim, config.atom_dim)

    def _adjacency(self, edge_index, dist, n_atoms):
        w = ops.exp(-(dist ** 2) / (2 * self.sigma ** 2))
        return ms.COOTensor(edge_index, w, (n_atoms, n_atoms))

    def construct(self, h, edge_index, dist):
        adj = self._adjacency(edge_index, dist, h.shape[0])
        agg = adj.to_dense() @ self.lin(h)
        if self.normalize:
            deg = ops.unsorted_segment_sum(adj.values, edge_index[:, 0], h.shape[0])
            agg = agg / (deg[:, None] + 1e-6)
        return h + agg


def make():
    np.random.seed(19)
    n = 9
    pairs = np.array([(i, j) for i in range(n) for j in range(n) if i != j and (i + j) % 3 == 0], dtype=np.int32)
    dist = np.random.uniform(1.0, 4.0, size=(pairs.shape[0],)).astype(np.float32)
    h = Tensor(np.random.randn(n, 16).astype(np.float32))
    return SparseGraphConv(SparseConvConfig()), (h, Tensor(pairs), Tensor(dist))
