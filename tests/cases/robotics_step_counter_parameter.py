# case: exploration schedule keeping the step counter in a non-trainable Parameter updated with assign_add -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ScheduledNoiseActor(nn.Cell):
    def __init__(self, obs_dim=6, action_dim=2, sigma_start=0.5, sigma_end=0.05, decay_steps=100.0):
        super().__init__()
        self.actor = nn.SequentialCell(nn.Dense(obs_dim, 32), nn.ReLU(), nn.Dense(32, action_dim), nn.Tanh())
        self.steps = Parameter(Tensor(0.0, ms.float32), name="steps", requires_grad=False)
        self.sigma_start = sigma_start
        self.sigma_end = sigma_end
        self.decay_steps = decay_steps

    def sigma(self):
        frac = ops.minimum(self.steps / self.decay_steps, Tensor(1.0, ms.float32))
        return self.sigma_start + frac * (self.sigma_end - self.sigma_start)

    def construct(self, obs, noise):
        action = self.actor(obs)
        ops.assign_add(self.steps, Tensor(obs.shape[0], ms.float32))
        return ops.clamp(action + self.sigma() * noise, -1.0, 1.0)


def make():
    np.random.seed(26)
    obs = Tensor(np.random.randn(3, 6).astype(np.float32))
    noise = Tensor(np.random.randn(3, 2).astype(np.float32))
    return ScheduledNoiseActor(), (obs, noise)
