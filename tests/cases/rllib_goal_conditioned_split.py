# case: goal-conditioned policy splits the observation into state and goal halves at obs.shape[-1] // 2 and slices the first horizon steps by a config length -> slice bounds come from shapes and config ints, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalPolicyConfig:
    def __init__(self, obs_dim=12, hidden_size=32, act_dim=3, context_len=4, relative_goal=True):
        self.obs_dim = obs_dim
        self.hidden_size = hidden_size
        self.act_dim = act_dim
        self.context_len = context_len
        self.relative_goal = relative_goal


class GoalConditionedPolicy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.context_len = config.context_len
        self.relative_goal = config.relative_goal
        self.net = nn.SequentialCell([nn.Dense(config.obs_dim, config.hidden_size), nn.ReLU(),
                                      nn.Dense(config.hidden_size, config.act_dim)])

    def _split(self, obs):
        half = obs.shape[-1] // 2
        return obs[..., :half], obs[..., half:]

    def construct(self, obs_seq):
        n_ctx = min(self.context_len, obs_seq.shape[0])
        recent = obs_seq[-n_ctx:]
        state, goal = self._split(recent)
        if self.relative_goal:
            goal = goal - state
        actions = self.net(ops.concat([state, goal], -1))
        return actions.mean(0)


def make():
    np.random.seed(157)
    cfg = GoalPolicyConfig()
    obs = Tensor(np.random.randn(6, 2, cfg.obs_dim).astype(np.float32))
    return GoalConditionedPolicy(cfg), (obs,)
