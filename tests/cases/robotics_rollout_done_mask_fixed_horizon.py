# case: fixed-horizon rollout where finished environments are frozen by an alive mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedRollout(nn.Cell):
    """Vectorised rollout; episodes that terminate stop accumulating reward."""

    def __init__(self, state_dim=4, action_dim=2, horizon=10, gamma=0.99, dt=0.05):
        super().__init__()
        self.policy = nn.SequentialCell(nn.Dense(state_dim, 16), nn.Tanh(), nn.Dense(16, action_dim))
        self.B = nn.Dense(action_dim, state_dim, has_bias=False)
        self.horizon = horizon
        self.gamma = gamma
        self.dt = dt

    def step(self, s, a):
        s_next = s + self.dt * self.B(a)
        reward = -(s_next * s_next).sum(axis=-1)
        done = ops.abs(s_next).max(axis=-1) > 3.0
        return s_next, reward, done

    def construct(self, s):
        alive = ops.ones((s.shape[0],), ms.float32)
        ret = ops.zeros((s.shape[0],), ms.float32)
        discount = 1.0
        for _ in range(self.horizon):
            a = self.policy(s)
            s_next, r, done = self.step(s, a)
            ret = ret + discount * alive * r
            alive = alive * (1.0 - done.astype(ms.float32))
            s = ops.where(alive.expand_dims(-1) > 0, s_next, s)
            discount = discount * self.gamma
        return ret, alive


def make():
    np.random.seed(5)
    s = Tensor(np.random.randn(8, 4).astype(np.float32))
    return MaskedRollout(), (s,)
