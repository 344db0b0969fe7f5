# case: autoregressive forecast rollout whose number of 6-hour steps is int(lead_hours / dt) from an input tensor, states appended to a list -> loop count from data (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutConfig:
    def __init__(self, dt_hours=6, hidden=32, residual=True):
        self.dt_hours = dt_hours
        self.hidden = hidden
        self.residual = residual


class StepModel(nn.Cell):
    def __init__(self, n_vars, hidden):
        super().__init__()
        self.enc = nn.Conv2d(n_vars, hidden, 3, pad_mode="same")
        self.act = nn.GELU()
        self.dec = nn.Conv2d(hidden, n_vars, 3, pad_mode="same")

    def construct(self, x):
        return self.dec(self.act(self.enc(x)))


class AutoregressiveForecaster(nn.Cell):
    def __init__(self, config, n_vars):
        super().__init__()
        self.step = StepModel(n_vars, config.hidden)
        self.dt = config.dt_hours
        self.residual = config.residual

    def _advance(self, x):
        dx = self.step(x)
        return x + dx if self.residual else dx

    def construct(self, x0, lead_hours):
        n_steps = int(lead_hours / self.dt)
        states = []
        x = x0
        for _ in range(n_steps):
            x = self._advance(x)
            states.append(x)
        return ops.stack(states, axis=1)


def make():
    np.random.seed(3653)
    cfg = RolloutConfig()
    net = AutoregressiveForecaster(cfg, n_vars=4)
    x0 = Tensor(np.random.randn(1, 4, 8, 16).astype(np.float32))
    lead = Tensor(np.array(24.0, np.float32))
    return net, (x0, lead)
