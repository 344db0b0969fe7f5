# case: k-nearest-neighbour agent selection with a constant k via topk on negative distances and batched gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNInteraction(nn.Cell):
    def __init__(self, feat_dim=8, hidden=16, k=3):
        super().__init__()
        self.k = k
        self.edge_mlp = nn.SequentialCell([nn.Dense(2 * feat_dim + 2, hidden), nn.ReLU()])

    def knn(self, pos):
        dist = ops.cdist(pos, pos)
        n = pos.shape[0]
        dist = dist + ops.eye(n, n, ms.float32) * 1e6
        _, idx = ops.topk(-dist, self.k)
        return idx

    def construct(self, pos, feats):
        n, d = feats.shape
        idx = self.knn(pos).reshape(-1)
        nb_feat = ops.gather(feats, idx, 0).reshape(n, self.k, d)
        nb_pos = ops.gather(pos, idx, 0).reshape(n, self.k, 2)
        center = feats.expand_dims(1).broadcast_to((n, self.k, d))
        edge = ops.concat([center, nb_feat, nb_pos - pos.expand_dims(1)], axis=-1)
        return self.edge_mlp(edge).max(axis=1)


def make():
    np.random.seed(26)
    pos = Tensor(np.random.randn(7, 2).astype(np.float32))
    feats = Tensor(np.random.randn(7, 8).astype(np.float32))
    return KNNInteraction(), (pos, feats)
