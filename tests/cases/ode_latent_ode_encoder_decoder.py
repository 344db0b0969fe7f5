# case: latent ODE model: GRU-free encoder to latent, fixed-grid Euler integration at constructor-given observation steps, decoder per time point -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LatentDynamics(nn.Cell):
    def __init__(self, latent=4, hidden=12):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(latent, hidden), nn.ELU(), nn.Dense(hidden, latent))

    def construct(self, z):
        return self.net(z)


class LatentODE(nn.Cell):
    def __init__(self, obs_dim=3, latent=4, obs_steps=(2, 5, 9), dt=0.1):
        super().__init__()
        self.encoder = nn.Dense(obs_dim, latent)
        self.dynamics = LatentDynamics(latent)
        self.decoder = nn.Dense(latent, obs_dim)
        self.obs_steps = obs_steps
        self.dt = dt

    def construct(self, x0):
        z = ops.tanh(self.encoder(x0))
        outs = []
        step = 0
        for target in self.obs_steps:
            while step < target:
                z = z + self.dt * self.dynamics(z)
                step += 1
            outs.append(self.decoder(z))
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(48)
    x0 = Tensor(np.random.randn(5, 3).astype(np.float32))
    return LatentODE(), (x0,)
