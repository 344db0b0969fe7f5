# case: contact-graph message passing where contacting body pairs form a COO sparse adjacency matrix -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class ContactGraphEncoder(nn.Cell):
    def __init__(self, feat_dim=8, contact_radius=0.5, num_bodies=6):
        super().__init__()
        self.msg = nn.Dense(feat_dim, feat_dim)
        self.update = nn.Dense(2 * feat_dim, feat_dim)
        self.contact_radius = contact_radius
        self.num_bodies = num_bodies

    def contact_pairs(self, positions):
        diff = positions.expand_dims(1) - positions.expand_dims(0)
        d = ops.norm(diff, dim=-1) + 10.0 * ops.eye(self.num_bodies, self.num_bodies, ms.float32)
        return ops.nonzero(d < self.contact_radius)

    def construct(self, positions, feats):
        pairs = self.contact_pairs(positions)
        vals = ops.ones((pairs.shape[0],), ms.float32)
        adj = COOTensor(pairs, vals, (self.num_bodies, self.num_bodies))
        agg = adj.to_dense().matmul(self.msg(feats))
        return self.update(ops.concat((feats, agg), axis=-1))


def make():
    np.random.seed(24)
    pos = Tensor(np.random.rand(6, 3).astype(np.float32))
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    return ContactGraphEncoder(), (pos, feats)
