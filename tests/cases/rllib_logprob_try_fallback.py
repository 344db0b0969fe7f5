# case: squashed-Gaussian actor wraps the tanh log-det correction in try/except to fall back to the unsquashed log-prob -> try/except inside construct should be rejected in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)


def gaussian_log_prob(x, mean, log_std):
    z = (x - mean) / ops.exp(log_std)
    return (-0.5 * z ** 2 - log_std - HALF_LOG_2PI).sum(-1)


class SquashedGaussianActor(nn.Cell):
    def __init__(self, obs_dim, act_dim, hidden=32, log_std_bounds=(-5.0, 2.0)):
        super().__init__()
        self.log_std_min, self.log_std_max = log_std_bounds
        self.net = nn.Dense(obs_dim, hidden)
        self.mean_head = nn.Dense(hidden, act_dim)
        self.log_std_head = nn.Dense(hidden, act_dim)

    def construct(self, obs, noise):
        h = ops.relu(self.net(obs))
        mean = self.mean_head(h)
        log_std = ops.clip_by_value(self.log_std_head(h), self.log_std_min, self.log_std_max)
        pre_tanh = mean + ops.exp(log_std) * noise
        action = ops.tanh(pre_tanh)
        logp = gaussian_log_prob(pre_tanh, mean, log_std)
        try:
            logp = logp - ops.log(1.0 - action ** 2 + 1e-6).sum(-1)
        except ValueError:
            pass
        return action, logp


def make():
    np.random.seed(47)
    obs = Tensor(np.random.randn(4, 9).astype(np.float32))
    noise = Tensor(np.random.randn(4, 2).astype(np.float32))
    return SquashedGaussianActor(9, 2), (obs, noise)
