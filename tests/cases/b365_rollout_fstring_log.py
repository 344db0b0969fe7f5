# case: validation rollout that logs each lead time's RMSE with print(f"...") of a tensor value inside construct -> f-string formatting of tensor in construct (fallback or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValConfig:
    def __init__(self, n_steps=3, dt_hours=6, verbose=True, hidden=8):
        self.n_steps = n_steps
        self.dt_hours = dt_hours
        self.verbose = verbose
        self.hidden = hidden


class Stepper(nn.Cell):
    def __init__(self, c, hidden):
        super().__init__()
        self.a = nn.Conv2d(c, hidden, 3, pad_mode="same")
        self.b = nn.Conv2d(hidden, c, 3, pad_mode="same")

    def construct(self, x):
        return x + self.b(ops.tanh(self.a(x)))


class ValidationRollout(nn.Cell):
    def __init__(self, config, n_vars):
        super().__init__()
        self.stepper = Stepper(n_vars, config.hidden)
        self.n_steps = config.n_steps
        self.dt = config.dt_hours
        self.verbose = config.verbose

    def construct(self, x, targets):
        scores = []
        for i in range(self.n_steps):
            x = self.stepper(x)
            rmse = ops.sqrt(ops.square(x - targets[:, i]).mean())
            if self.verbose:
                print(f"lead +{(i + 1) * self.dt}h rmse={rmse}")
            scores.append(rmse)
        return ops.stack(scores)


def make():
    np.random.seed(3680)
    net = ValidationRollout(ValConfig(), n_vars=2)
    x = Tensor(np.random.randn(1, 2, 8, 16).astype(np.float32))
    tg = Tensor(np.random.randn(1, 3, 2, 8, 16).astype(np.float32))
    return net, (x, tg)
