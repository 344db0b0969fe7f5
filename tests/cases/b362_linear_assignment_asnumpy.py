# case: association step calls a linear_assignment helper that pulls the cost matrix to NumPy with .asnumpy() for a greedy solve -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def embedding_distance(track_feats, det_feats):
    t = track_feats / ops.norm(track_feats, dim=1, keepdim=True)
    d = det_feats / ops.norm(det_feats, dim=1, keepdim=True)
    return 1.0 - ops.matmul(t, d.T)


class AppearanceAssociator(nn.Cell):
    def __init__(self, thresh=0.4, use_greedy=True):
        super().__init__()
        self.thresh = thresh
        self.use_greedy = use_greedy

    def _linear_assignment(self, cost):
        cost_np = cost.asnumpy()
        rows = np.argmin(cost_np, axis=1)
        ok = cost_np[np.arange(cost_np.shape[0]), rows] < self.thresh
        return Tensor(rows.astype(np.int32)), Tensor(ok)

    def construct(self, track_feats, det_feats):
        cost = embedding_distance(track_feats, det_feats)
        if self.use_greedy:
            matches, valid = self._linear_assignment(cost)
        else:
            matches = cost.argmin(axis=1)
            valid = cost.min(axis=1) < self.thresh
        return matches, valid


def make():
    np.random.seed(71)
    tf = Tensor(np.random.randn(4, 16).astype(np.float32))
    df = Tensor(np.random.randn(6, 16).astype(np.float32))
    return AppearanceAssociator(), (tf, df)
