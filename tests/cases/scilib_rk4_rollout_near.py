# case: neural ODE rollout with classic RK4 over config.n_steps, states collected in a list and stacked, optional trajectory output -> loop over range(Python int), Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class RolloutConfig:
    state_dim: int = 3
    hidden: int = 32
    dt: float = 0.05
    n_steps: int = 8
    return_trajectory: bool = True


class VectorField(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(dim, hidden), nn.Tanh(), nn.Dense(hidden, dim)])

    def construct(self, y):
        return self.net(y)


def rk4_step(f, y, dt):
    k1 = f(y)
    k2 = f(y + 0.5 * dt * k1)
    k3 = f(y + 0.5 * dt * k2)
    k4 = f(y + dt * k3)
    return y + dt / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4)


class NeuralODERollout(nn.Cell):
    def __init__(self, config: RolloutConfig):
        super().__init__()
        self.field = VectorField(config.state_dim, config.hidden)
        self.dt = config.dt
        self.n_steps = config.n_steps
        self.return_trajectory = config.return_trajectory

    def construct(self, y0):
        y = y0
        traj = [y0]
        for _ in range(self.n_steps):
            y = rk4_step(self.field, y, self.dt)
            traj.append(y)
        if self.return_trajectory:
            return y, ops.stack(traj, axis=1)
        return y


def make():
    np.random.seed(15)
    y0 = Tensor(np.random.randn(4, 3).astype(np.float32))
    return NeuralODERollout(RolloutConfig()), (y0,)
