# case: pads variable-length neighbour lists to the max degree computed with Python builtin max() over a degree tensor -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborListAggregator(nn.Cell):
    """Gathers CSR-style neighbour lists (indptr/indices) into a padded [N, max_deg] table and mean-aggregates."""

    def __init__(self, dim=4, num_nodes=5):
        super().__init__()
        self.num_nodes = num_nodes
        self.update = nn.Dense(2 * dim, dim)

    def padded_neighbors(self, indptr, indices):
        starts = indptr[:-1]
        degrees = indptr[1:] - starts
        max_deg = max(degrees)
        slots = ops.arange(max_deg, dtype=ms.int32).view(1, -1)
        valid = slots < degrees.view(-1, 1)
        pos = ops.clamp(starts.view(-1, 1) + slots, max=indices.shape[0] - 1)
        nbr = ops.gather(indices, pos.reshape(-1), 0).reshape(pos.shape)
        return nbr, valid.astype(ms.float32)

    def construct(self, x, indptr, indices):
        nbr, valid = self.padded_neighbors(indptr, indices)
        feats = ops.gather(x, nbr.reshape(-1), 0).reshape(nbr.shape + (x.shape[-1],))
        agg = (feats * valid.expand_dims(-1)).sum(axis=1)
        agg = agg / ops.clamp(valid.sum(axis=1, keepdims=True), min=1.0)
        return self.update(ops.concat((x, agg), axis=-1))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    indptr = Tensor(np.array([0, 2, 3, 6, 6, 8], dtype=np.int32))
    indices = Tensor(np.array([1, 2, 0, 0, 1, 4, 2, 3], dtype=np.int32))
    return NeighborListAggregator(), (x, indptr, indices)
