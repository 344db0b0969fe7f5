# case: double-DQN target: online net picks argmax action, target net evaluates it via gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_mlp(in_dim, out_dim, hidden=(32, 32)):
    layers = []
    for h in hidden:
        layers += [nn.Dense(in_dim, h), nn.ReLU()]
        in_dim = h
    layers.append(nn.Dense(in_dim, out_dim))
    return nn.SequentialCell(layers)


class DoubleDQNTarget(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=4, gamma=0.98, n_step=1):
        super().__init__()
        self.online = build_mlp(obs_dim, n_actions)
        self.target = build_mlp(obs_dim, n_actions)
        self.discount = gamma ** n_step
        self.argmax = ops.Argmax(axis=1, output_type=ms.int32)

    def _select(self, next_obs):
        best = self.argmax(self.online(next_obs))
        q_next = self.target(next_obs)
        return ops.gather_elements(q_next, 1, best.reshape(-1, 1)).squeeze(1)

    def construct(self, reward, next_obs, done):
        q_eval = self._select(next_obs)
        y = reward + self.discount * (1.0 - done) * q_eval
        return ops.stop_gradient(y)


def make():
    np.random.seed(24)
    rew = Tensor(np.random.rand(5).astype(np.float32))
    nobs = Tensor(np.random.randn(5, 6).astype(np.float32))
    done = Tensor(np.array([0, 0, 1, 0, 0], np.float32))
    return DoubleDQNTarget(), (rew, nobs, done)
