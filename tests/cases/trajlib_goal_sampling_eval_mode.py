# case: goal-conditioned predictor has a training-only boolean-mask goal sampler, but the cell is in eval mode so the topk-by-config branch runs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalSamplerConfig:
    def __init__(self, hidden_size=32, num_goals=6, prob_threshold=0.05):
        self.hidden_size = hidden_size
        self.num_goals = num_goals
        self.prob_threshold = prob_threshold


class GoalConditionedPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.num_goals
        self.thresh = config.prob_threshold
        self.heat = nn.Dense(config.hidden_size + 2, 1)
        self.traj = nn.Dense(config.hidden_size + 2, 24)

    def _sample_goals(self, candidates, probs):
        if self.training:
            return candidates[probs > self.thresh]
        _, idx = ops.topk(probs, self.k)
        return candidates[idx]

    def construct(self, candidates, scene_feat):
        n = candidates.shape[0]
        ctx = ops.broadcast_to(scene_feat, (n, scene_feat.shape[-1]))
        probs = ops.softmax(self.heat(ops.concat([ctx, candidates], -1)).squeeze(-1), axis=0)
        goals = self._sample_goals(candidates, probs)
        g_ctx = ops.broadcast_to(scene_feat, (goals.shape[0], scene_feat.shape[-1]))
        return self.traj(ops.concat([g_ctx, goals], -1)).reshape(-1, 12, 2), probs


def make():
    np.random.seed(32)
    cand = Tensor((np.random.randn(20, 2) * 10).astype(np.float32))
    feat = Tensor(np.random.randn(32).astype(np.float32))
    net = GoalConditionedPredictor(GoalSamplerConfig())
    net.set_train(False)
    return net, (cand, feat)
