# case: tracker matches detections by centre distance with cdist, gates far pairs to a large cost with masked_fill and picks argmin -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CentroidAssociator(nn.Cell):
    def __init__(self, gate=15.0, big_cost=1e4, appearance_weight=0.0, embed_dim=8):
        super().__init__()
        self.gate = gate
        self.big_cost = big_cost
        self.appearance_weight = appearance_weight
        self.embed = nn.Dense(embed_dim, embed_dim)

    @staticmethod
    def centers(boxes):
        return (boxes[:, :2] + boxes[:, 2:]) / 2

    def _appearance_cost(self, t_feat, d_feat):
        t = ops.L2Normalize(axis=-1)(self.embed(t_feat))
        d = ops.L2Normalize(axis=-1)(self.embed(d_feat))
        return 1 - ops.matmul(t, d.T)

    def construct(self, track_boxes, det_boxes, track_feat, det_feat):
        cost = ops.cdist(self.centers(track_boxes), self.centers(det_boxes))
        if self.appearance_weight > 0:
            cost = cost + self.appearance_weight * self._appearance_cost(track_feat, det_feat)
        cost = ops.masked_fill(cost, cost > self.gate, self.big_cost)
        best_det = cost.argmin(axis=1)
        best_cost = cost.min(axis=1)
        matched = best_cost < self.big_cost
        return ops.where(matched, best_det.astype(ms.int32), ops.full_like(best_det.astype(ms.int32), -1))


def make():
    np.random.seed(37)
    tb = np.random.rand(4, 2).astype(np.float32) * 60
    db = tb[[1, 3, 0]] + 3
    tracks = Tensor(np.concatenate([tb, tb + 10], axis=1))
    dets = Tensor(np.concatenate([db, db + 10], axis=1).astype(np.float32))
    tf = Tensor(np.random.randn(4, 8).astype(np.float32))
    df = Tensor(np.random.randn(3, 8).astype(np.float32))
    return CentroidAssociator(), (tracks, dets, tf, df)
