# case: forecaster reads horizon/scaling options from a @jit_class config object created in __init__ (read-only in construct) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ForecastConfig:
    def __init__(self, lookback=16, horizon=4, scale_output=True, output_scale=2.0):
        self.lookback = lookback
        self.horizon = horizon
        self.scale_output = scale_output
        self.output_scale = output_scale

    def context_slice(self, x):
        return x[:, -self.lookback:]


class ConfiguredForecaster(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        self.cfg = config if config is not None else ForecastConfig()
        self.net = nn.SequentialCell([nn.Dense(self.cfg.lookback, 16), nn.Tanh(),
                                      nn.Dense(16, self.cfg.horizon)])

    def construct(self, series):
        ctx = self.cfg.context_slice(series)
        y = self.net(ctx)
        if self.cfg.scale_output:
            y = y * self.cfg.output_scale
        return y


def make():
    np.random.seed(36)
    series = Tensor(np.random.randn(3, 30).astype(np.float32))
    return ConfiguredForecaster(), (series,)
