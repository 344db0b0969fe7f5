# case: Double-DQN target with a frozen target network and a use_double config flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QNetwork(nn.Cell):
    def __init__(self, obs_dim=8, n_actions=5, hidden=64):
        super().__init__()
        self.l1 = nn.Dense(obs_dim, hidden, activation="relu")
        self.l2 = nn.Dense(hidden, n_actions)

    def construct(self, x):
        return self.l2(self.l1(x))


class DQNTarget(nn.Cell):
    def __init__(self, online, target, gamma=0.99, use_double=True, n_step=1):
        super().__init__()
        self.online = online
        self.target = target
        self.target.set_grad(False)
        self.discount = gamma ** n_step
        self.use_double = use_double

    def construct(self, next_obs, rewards, dones):
        q_next_target = self.target(next_obs)
        if self.use_double:
            best = ops.argmax(self.online(next_obs), dim=-1, keepdim=True)
            q_next = ops.gather_elements(q_next_target, 1, best).squeeze(-1)
        else:
            q_next = q_next_target.max(axis=-1)
        y = rewards + self.discount * (1.0 - dones) * q_next
        return ops.stop_gradient(y)


def make():
    np.random.seed(17)
    B = 8
    nxt = Tensor(np.random.rand(B, 8).astype(np.float32))
    r = Tensor(np.random.rand(B).astype(np.float32))
    d = Tensor((np.random.rand(B) > 0.8).astype(np.float32))
    return DQNTarget(QNetwork(), QNetwork()), (nxt, r, d)
