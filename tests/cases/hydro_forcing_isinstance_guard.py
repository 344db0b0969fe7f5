# case: flood forecaster accepts either one forcing tensor or a tuple of (rain, temperature) and branches on isinstance -> type guard resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForcingEncoder(nn.Cell):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.dense = nn.Dense(n_in, hidden, activation="tanh")

    def construct(self, x):
        return self.dense(x)


class StageForecaster(nn.Cell):
    def __init__(self, hidden=8, lead_hours=6):
        super().__init__()
        self.encoder = ForcingEncoder(2, hidden)
        self.head = nn.Dense(hidden, lead_hours)

    def construct(self, forcing):
        if isinstance(forcing, tuple):
            rain, temp = forcing
            forcing = ops.stack((rain, temp), axis=-1)
        h = self.encoder(forcing).mean(axis=1)
        return self.head(h)


def make():
    np.random.seed(39)
    rain = np.random.gamma(1.0, 2.0, size=(2, 24)).astype(np.float32)
    temp = np.random.uniform(0.0, 20.0, size=(2, 24)).astype(np.float32)
    return StageForecaster(), ((Tensor(rain), Tensor(temp)),)
