# case: exploration noise schedule that increments a Python step counter attribute on self inside construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoisyActor(nn.Cell):
    def __init__(self, obs_dim=6, action_dim=2, sigma_start=0.5, sigma_end=0.05, decay_steps=100):
        super().__init__()
        self.actor = nn.SequentialCell(nn.Dense(obs_dim, 32), nn.ReLU(), nn.Dense(32, action_dim), nn.Tanh())
        self.sigma_start = sigma_start
        self.sigma_end = sigma_end
        self.decay_steps = decay_steps
        self.total_steps = 0

    def current_sigma(self):
        frac = min(1.0, self.total_steps / self.decay_steps)
        return self.sigma_start + frac * (self.sigma_end - self.sigma_start)

    def construct(self, obs, noise):
        action = self.actor(obs)
        self.total_steps += obs.shape[0]
        return ops.clamp(action + self.current_sigma() * noise, -1.0, 1.0)


def make():
    np.random.seed(25)
    obs = Tensor(np.random.randn(3, 6).astype(np.float32))
    noise = Tensor(np.random.randn(3, 2).astype(np.float32))
    return NoisyActor(), (obs, noise)
