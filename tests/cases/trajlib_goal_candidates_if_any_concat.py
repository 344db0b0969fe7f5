# case: goal-conditioned decoder appends the ground-truth goal to the candidate set only if no candidate lies within the hit radius (tensor condition), so the two branches return different numbers of candidates -> if on tensor with branch shape mismatch, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalConfig:
    hidden_size = 32
    hit_radius = 2.0


class GoalScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.radius = config.hit_radius
        self.enc = nn.Dense(2, config.hidden_size)
        self.score = nn.Dense(config.hidden_size, 1)

    def _augment(self, candidates, gt_goal):
        dist = ops.norm(candidates - gt_goal, dim=-1)
        if (dist < self.radius).any():
            return candidates
        return ops.concat([candidates, gt_goal.expand_dims(0)], axis=0)

    def construct(self, candidates, gt_goal, scene_feat):
        candidates = self._augment(candidates, gt_goal)
        h = ops.relu(self.enc(candidates) + scene_feat)
        return self.score(h).squeeze(-1)


def make():
    np.random.seed(29)
    cand = Tensor((np.random.randn(16, 2) * 10).astype(np.float32))
    goal = Tensor(np.array([40.0, 40.0], dtype=np.float32))
    feat = Tensor(np.random.randn(32).astype(np.float32))
    return GoalScorer(GoalConfig()), (cand, goal, feat)
