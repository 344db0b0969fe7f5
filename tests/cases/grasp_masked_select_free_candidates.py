# case: keeps only the scores of grasps whose collision mask is clear with masked_select and averages them -> dynamic-shape masked_select in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CollisionFilter(nn.Cell):
    def __init__(self, clearance=0.02):
        super().__init__()
        self.clearance = clearance

    def construct(self, scores, min_dist):
        clear = min_dist > self.clearance
        kept = ops.masked_select(scores, clear)
        return kept.mean(), kept.shape[0]


class GraspEvaluator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.filter = CollisionFilter(clearance=0.03)
        self.dense = nn.Dense(6, 1)

    def construct(self, grasp_feats, min_dist):
        scores = self.dense(grasp_feats).squeeze(-1)
        return self.filter(scores, min_dist)


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(20, 6).astype(np.float32))
    dist = Tensor(np.random.rand(20).astype(np.float32) * 0.1)
    return GraspEvaluator(), (feats, dist)
