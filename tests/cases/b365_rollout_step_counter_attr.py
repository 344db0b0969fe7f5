# case: rollout wrapper that counts calls in a Python int attribute (self.num_calls += 1) to schedule ensemble noise -> attribute of self written in construct (error or fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnsembleConfig:
    def __init__(self, noise_scale=0.05, decay_every=10, n_steps=2, hidden=16):
        self.noise_scale = noise_scale
        self.decay_every = decay_every
        self.n_steps = n_steps
        self.hidden = hidden


class Stepper(nn.Cell):
    def __init__(self, n_vars, hidden):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Conv2d(n_vars, hidden, 3, pad_mode="same"),
            nn.GELU(),
            nn.Conv2d(hidden, n_vars, 3, pad_mode="same"),
        ])

    def construct(self, x):
        return x + self.net(x)


class EnsembleRollout(nn.Cell):
    def __init__(self, config, n_vars):
        super().__init__()
        self.stepper = Stepper(n_vars, config.hidden)
        self.n_steps = config.n_steps
        self.noise_scale = config.noise_scale
        self.decay_every = config.decay_every
        self.num_calls = 0

    def _current_scale(self):
        return self.noise_scale * (0.5 ** (self.num_calls // self.decay_every))

    def construct(self, x, noise):
        self.num_calls += 1
        scale = self._current_scale()
        x = x + scale * noise
        for _ in range(self.n_steps):
            x = self.stepper(x)
        return x


def make():
    np.random.seed(3661)
    net = EnsembleRollout(EnsembleConfig(), n_vars=3)
    x = Tensor(np.random.randn(2, 3, 8, 16).astype(np.float32))
    noise = Tensor(np.random.randn(2, 3, 8, 16).astype(np.float32))
    return net, (x, noise)
