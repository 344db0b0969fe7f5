# case: goal-conditioned decoder replaces the last candidate with the ground-truth goal when no candidate is within the hit radius, using ops.where so the candidate count stays fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalConfig:
    def __init__(self, hidden_size=32, hit_radius=2.0, inject_gt_goal=True):
        self.hidden_size = hidden_size
        self.hit_radius = hit_radius
        self.inject_gt_goal = inject_gt_goal


class GoalScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.radius = config.hit_radius
        self.inject = config.inject_gt_goal
        self.enc = nn.Dense(2, config.hidden_size)
        self.score = nn.Dense(config.hidden_size, 1)

    def _augment(self, candidates, gt_goal):
        n = candidates.shape[0]
        dist = ops.norm(candidates - gt_goal, dim=-1)
        missed = ops.logical_not((dist < self.radius).any())
        is_last = (ops.arange(n) == n - 1).expand_dims(-1)
        replace = ops.logical_and(is_last, missed)
        return ops.where(replace, ops.broadcast_to(gt_goal, candidates.shape), candidates)

    def construct(self, candidates, gt_goal, scene_feat):
        if self.inject:
            candidates = self._augment(candidates, gt_goal)
        h = ops.relu(self.enc(candidates) + scene_feat)
        return self.score(h).squeeze(-1)


def make():
    np.random.seed(30)
    cand = Tensor((np.random.randn(16, 2) * 10).astype(np.float32))
    goal = Tensor(np.array([40.0, 40.0], dtype=np.float32))
    feat = Tensor(np.random.randn(32).astype(np.float32))
    return GoalScorer(GoalConfig()), (cand, goal, feat)
