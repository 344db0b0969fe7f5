# case: hindsight goal relabelling deduplicates achieved goal ids with unique and embeds them -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HindsightGoalValue(nn.Cell):
    def __init__(self, num_goals=16, embed_dim=8, obs_dim=6):
        super().__init__()
        self.goal_table = nn.Embedding(num_goals, embed_dim)
        self.q_head = nn.Dense(obs_dim + embed_dim, 1)

    def candidate_goals(self, achieved_ids):
        goals, _ = ops.unique(achieved_ids)
        return goals

    def construct(self, obs, achieved_ids):
        goal_ids = self.candidate_goals(achieved_ids)
        g = self.goal_table(goal_ids)
        n = g.shape[0]
        o = ops.broadcast_to(obs, (n, obs.shape[-1]))
        q = self.q_head(ops.concat((o, g), axis=-1)).squeeze(-1)
        return q.max(), n


def make():
    np.random.seed(17)
    obs = Tensor(np.random.randn(1, 6).astype(np.float32))
    ids = Tensor(np.array([3, 5, 3, 7, 5, 1, 1, 3], np.int32))
    return HindsightGoalValue(), (obs, ids)
