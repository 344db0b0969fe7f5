# case: safety filter clips actions to joint velocity limits and rate-limits against the previous action -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxSafetyFilter(nn.Cell):
    def __init__(self, action_dim=4, max_vel=1.0, max_delta=0.2, enable_rate_limit=True):
        super().__init__()
        self.low = Tensor(-max_vel * np.ones(action_dim, np.float32))
        self.high = Tensor(max_vel * np.ones(action_dim, np.float32))
        self.max_delta = max_delta
        self.enable_rate_limit = enable_rate_limit

    def construct(self, action, prev_action):
        safe = ops.clip_by_value(action, self.low, self.high)
        if self.enable_rate_limit:
            delta = ops.clamp(safe - prev_action, -self.max_delta, self.max_delta)
            safe = prev_action + delta
        violated = ops.abs(action - safe).sum(axis=-1) > 1e-6
        return safe, violated


class SafePolicy(nn.Cell):
    def __init__(self, obs_dim=8, action_dim=4):
        super().__init__()
        self.actor = nn.SequentialCell(nn.Dense(obs_dim, 32), nn.ReLU(), nn.Dense(32, action_dim))
        self.filter = BoxSafetyFilter(action_dim)

    def construct(self, obs, prev_action):
        raw = 2.0 * self.actor(obs)
        return self.filter(raw, prev_action)


def make():
    np.random.seed(11)
    obs = Tensor(np.random.randn(3, 8).astype(np.float32))
    prev = Tensor(np.zeros((3, 4), np.float32))
    return SafePolicy(), (obs, prev)
