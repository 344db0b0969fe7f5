# case: NoisyNet DQN head subclasses nn.Dense, creates its sigma Parameters in a helper called by __init__, and perturbs weights with externally sampled factorised noise -> all shapes static, should compile statically
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def _scale_noise(x):
    return ops.sign(x) * ops.sqrt(ops.abs(x))


class NoisyDense(nn.Dense):
    def __init__(self, in_channels, out_channels, sigma_init=0.5, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self._reset_noise_params(sigma_init / math.sqrt(in_channels))

    def _reset_noise_params(self, sigma):
        out_c, in_c = self.weight.shape
        self.sigma_weight = Parameter(Tensor(np.full((out_c, in_c), sigma, np.float32)), name="sigma_weight")
        self.sigma_bias = Parameter(Tensor(np.full((out_c,), sigma, np.float32)), name="sigma_bias")

    def construct(self, x, eps_in=None, eps_out=None):
        if eps_in is None or eps_out is None:
            return super().construct(x)
        f_in, f_out = _scale_noise(eps_in), _scale_noise(eps_out)
        w = self.weight + self.sigma_weight * ops.outer(f_out, f_in)
        b = self.bias + self.sigma_bias * f_out
        return ops.matmul(x, w.T) + b


class NoisyQHead(nn.Cell):
    def __init__(self, obs_dim, num_actions, hidden=32):
        super().__init__()
        self.fc = nn.Dense(obs_dim, hidden, activation="relu")
        self.noisy = NoisyDense(hidden, num_actions)

    def construct(self, obs, eps_in, eps_out):
        return self.noisy(self.fc(obs), eps_in, eps_out)


def make():
    np.random.seed(131)
    obs = Tensor(np.random.randn(6, 10).astype(np.float32))
    eps_in = Tensor(np.random.randn(32).astype(np.float32))
    eps_out = Tensor(np.random.randn(4).astype(np.float32))
    return NoisyQHead(10, 4), (obs, eps_in, eps_out)
