# case: build a sparse COO adjacency of fracture intersections between block faces and aggregate joint apertures -> sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FractureNetworkAggregator(nn.Cell):
    def __init__(self, n_faces=12):
        super().__init__()
        self.n_faces = n_faces
        self.proj = nn.Dense(4, 4)

    def construct(self, edge_idx, apertures, face_feats):
        adj = ms.COOTensor(edge_idx, apertures, (self.n_faces, self.n_faces))
        dense_adj = adj.to_dense()
        msg = ops.matmul(dense_adj, self.proj(face_feats))
        return msg


def make():
    np.random.seed(61)
    n_edges = 20
    rows = np.random.randint(0, 12, n_edges)
    cols = np.random.randint(0, 12, n_edges)
    pairs = sorted(set(zip(rows.tolist(), cols.tolist())))
    idx = Tensor(np.array(pairs, np.int32))
    ap = Tensor(np.random.uniform(0.1, 2.0, len(pairs)).astype(np.float32))
    feats = Tensor(np.random.randn(12, 4).astype(np.float32))
    return FractureNetworkAggregator(), (idx, ap, feats)
