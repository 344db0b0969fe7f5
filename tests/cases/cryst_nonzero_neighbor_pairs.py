# case: build an edge list of bonded atom pairs with ops.nonzero on the cutoff adjacency matrix, then gather both endpoints -> nonzero gives a data-dependent edge count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiusGraphBuilder(nn.Cell):
    def __init__(self, cutoff=2.2):
        super().__init__()
        self.cutoff = cutoff

    def adjacency(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.norm(diff, dim=-1)
        n = pos.shape[0]
        return ops.logical_and(dist < self.cutoff, ops.eye(n, n, ms.bool_) == False)

    def construct(self, pos, atom_feats):
        edges = ops.nonzero(self.adjacency(pos))
        src = edges[:, 0]
        dst = edges[:, 1]
        bond_vec = ops.gather(pos, dst, 0) - ops.gather(pos, src, 0)
        msg = ops.gather(atom_feats, src, 0) * ops.norm(bond_vec, dim=-1, keepdim=True)
        return ops.unsorted_segment_sum(msg, dst, pos.shape[0])


def make():
    np.random.seed(6)
    pos = Tensor((np.random.rand(7, 3) * 3.0).astype(np.float32))
    feats = Tensor(np.random.randn(7, 4).astype(np.float32))
    return RadiusGraphBuilder(), (pos, feats)
