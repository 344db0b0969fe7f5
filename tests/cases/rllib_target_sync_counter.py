# case: DQN learner bumps a Python-int update counter attribute in a helper called from construct to decide target-network sync -> writing a plain self attribute in construct should be rejected or ignored in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DQNConfig:
    obs_dim = 8
    num_actions = 4
    gamma = 0.99
    target_update_interval = 100
    double_q = False


class QNetwork(nn.Dense):
    def __init__(self, obs_dim, num_actions):
        super().__init__(obs_dim, num_actions)


class DQNLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.gamma = config.gamma
        self.double_q = config.double_q
        self.interval = config.target_update_interval
        self.q_net = QNetwork(config.obs_dim, config.num_actions)
        self.target_net = QNetwork(config.obs_dim, config.num_actions)
        self.num_updates = 0

    def _tick(self):
        self.num_updates = self.num_updates + 1
        return self.num_updates % self.interval == 0

    def construct(self, obs, actions, rewards, next_obs, dones):
        q = ops.gather_elements(self.q_net(obs), 1, actions.expand_dims(-1)).squeeze(-1)
        next_q = ops.amax(self.target_net(next_obs), -1)
        target = rewards + self.gamma * (1.0 - dones) * ops.stop_gradient(next_q)
        loss = ops.smooth_l1_loss(q, target).mean()
        sync = self._tick()
        return loss, sync


def make():
    np.random.seed(37)
    b, cfg = 8, DQNConfig()
    obs = Tensor(np.random.randn(b, cfg.obs_dim).astype(np.float32))
    nxt = Tensor(np.random.randn(b, cfg.obs_dim).astype(np.float32))
    act = Tensor(np.random.randint(0, cfg.num_actions, b).astype(np.int32))
    rew = Tensor(np.random.rand(b).astype(np.float32))
    done = Tensor((np.random.rand(b) > 0.8).astype(np.float32))
    return DQNLoss(cfg), (obs, act, rew, nxt, done)
