# case: greedy track-detection assignment loops over range(cost.shape[0]) and blocks used columns by mask multiplication -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BIG = 1e4


def embedding_distance(track_feats, det_feats):
    t = track_feats / ops.norm(track_feats, dim=1, keepdim=True)
    d = det_feats / ops.norm(det_feats, dim=1, keepdim=True)
    return 1.0 - ops.matmul(t, d.T)


class GreedyAssociator(nn.Cell):
    def __init__(self, thresh=0.9, use_greedy=True):
        super().__init__()
        self.thresh = thresh
        self.use_greedy = use_greedy

    def _greedy(self, cost):
        n_tracks = cost.shape[0]
        used = ops.zeros((cost.shape[1],), ms.float32)
        matches = []
        for i in range(n_tracks):
            row = cost[i] + used * BIG
            j = row.argmin()
            hit = (row[j] < self.thresh).astype(ms.float32)
            used = used + ops.one_hot(j, cost.shape[1], Tensor(1.0), Tensor(0.0)) * hit
            matches.append(ops.where(hit > 0, j, -1))
        return ops.stack(matches)

    def construct(self, track_feats, det_feats):
        cost = embedding_distance(track_feats, det_feats)
        return self._greedy(cost) if self.use_greedy else cost.argmin(axis=1)


def make():
    np.random.seed(72)
    tf = Tensor(np.random.randn(4, 16).astype(np.float32))
    df = Tensor(np.random.randn(6, 16).astype(np.float32))
    return GreedyAssociator(), (tf, df)
