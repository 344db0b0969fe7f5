# case: target network with an in-construct update counter stored as a plain Python attribute on self -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Critic(nn.Cell):
    def __init__(self, obs_dim=6, act_dim=2, hidden=32):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(obs_dim + act_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, obs, act):
        return self.net(ops.concat((obs, act), -1)).squeeze(-1)


class TD3CriticTarget(nn.Cell):
    def __init__(self, critic, critic_target, gamma=0.99, tau=0.005, policy_delay=2):
        super().__init__()
        self.critic = critic
        self.critic_target = critic_target
        self.gamma = gamma
        self.tau = tau
        self.policy_delay = policy_delay
        self.updates = 0

    def construct(self, obs, act, rew, next_obs, next_act):
        q = self.critic(obs, act)
        y = rew + self.gamma * ops.stop_gradient(self.critic_target(next_obs, next_act))
        loss = ops.square(q - y).mean()
        self.updates = self.updates + 1
        return loss


def make():
    np.random.seed(18)
    B = 8
    t = lambda *s: Tensor(np.random.rand(*s).astype(np.float32))
    return TD3CriticTarget(Critic(), Critic()), (t(B, 6), t(B, 2), t(B), t(B, 6), t(B, 2))
