# case: n-step TD targets where early termination is handled by a cumulative product of not-done flags -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NStepTarget(nn.Cell):
    def __init__(self, obs_dim=5, n_step=4, gamma=0.99, use_target_net=True):
        super().__init__()
        self.q = nn.Dense(obs_dim, 1)
        self.n_step = n_step
        self.gamma = gamma
        self.use_target_net = use_target_net
        self.discounts = Tensor(np.array([gamma ** i for i in range(n_step)], np.float32))

    def construct(self, rewards, dones, bootstrap_obs):
        not_done = 1.0 - dones.astype(ms.float32)
        alive_before = ops.concat((ops.ones_like(not_done[:, :1]), not_done[:, :-1]), axis=1)
        alive = ops.cumprod(alive_before, dim=1)
        ret = (rewards * alive * self.discounts).sum(axis=1)
        survive_all = alive[:, -1] * not_done[:, -1]
        if self.use_target_net:
            bootstrap = self.q(bootstrap_obs).squeeze(-1)
            ret = ret + (self.gamma ** self.n_step) * survive_all * bootstrap
        return ret


def make():
    np.random.seed(22)
    rewards = Tensor(np.random.randn(6, 4).astype(np.float32))
    dones = Tensor(np.random.rand(6, 4) > 0.7)
    obs = Tensor(np.random.randn(6, 5).astype(np.float32))
    return NStepTarget(), (rewards, dones, obs)
