# case: DQN TD loss that packs the batch into a plain Python Transition object inside construct -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Transition:
    def __init__(self, obs, action, reward, next_obs, done):
        self.obs = obs
        self.action = action
        self.reward = reward
        self.next_obs = next_obs
        self.done = done


class DQNLoss(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3, gamma=0.99):
        super().__init__()
        self.gamma = gamma
        self.q_net = nn.SequentialCell([nn.Dense(obs_dim, 16), nn.ReLU(), nn.Dense(16, n_actions)])
        self.target_net = nn.SequentialCell([nn.Dense(obs_dim, 16), nn.ReLU(), nn.Dense(16, n_actions)])

    def _td_target(self, tr):
        next_q = self.target_net(tr.next_obs).max(axis=-1)
        return tr.reward + self.gamma * (1.0 - tr.done) * next_q

    def _q_taken(self, tr):
        q = self.q_net(tr.obs)
        return ops.gather_elements(q, 1, tr.action.reshape(-1, 1)).squeeze(-1)

    def construct(self, obs, action, reward, next_obs, done):
        tr = Transition(obs, action, reward, next_obs, done)
        target = ops.stop_gradient(self._td_target(tr))
        return ops.smooth_l1_loss(self._q_taken(tr), target).mean()


def make():
    np.random.seed(10)
    obs = Tensor(np.random.randn(6, 4).astype(np.float32))
    nobs = Tensor(np.random.randn(6, 4).astype(np.float32))
    act = Tensor(np.random.randint(0, 3, 6).astype(np.int32))
    rew = Tensor(np.random.rand(6).astype(np.float32))
    done = Tensor((np.random.rand(6) > 0.7).astype(np.float32))
    return DQNLoss(), (obs, act, rew, nobs, done)
