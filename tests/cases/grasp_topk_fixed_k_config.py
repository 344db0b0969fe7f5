# case: ranks grasp candidates and keeps the top-k with k fixed by the planner config, masking colliding grasps by multiplying a fixed-size mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlannerConfig:
    top_k = 5
    collision_penalty = 10.0


class TopKGraspSelector(nn.Cell):
    def __init__(self, cfg=PlannerConfig()):
        super().__init__()
        self.k = cfg.top_k
        self.penalty = cfg.collision_penalty
        self.head = nn.Dense(8, 1)

    def construct(self, grasp_feats, collision_mask):
        scores = self.head(grasp_feats).squeeze(-1)
        scores = scores - self.penalty * collision_mask.astype(ms.float32)
        vals, idx = ops.topk(scores, self.k)
        best_feats = ops.gather(grasp_feats, idx, 0)
        return vals, best_feats


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(20, 8).astype(np.float32))
    mask = Tensor(np.random.rand(20) > 0.7)
    return TopKGraspSelector(), (feats, mask)
