# case: nectar flow forecaster runs a fixed number of refinement steps (python int) and stacks the forecasts -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NectarFlowRefiner(nn.Cell):
    def __init__(self, n_features=6, horizon=7, n_steps=4, damping=0.5):
        super().__init__()
        self.proj = nn.Dense(n_features, horizon)
        self.smooth = nn.Dense(horizon, horizon)
        self.n_steps = n_steps
        self.damping = damping

    def construct(self, weather_feats):
        forecast = self.proj(weather_feats)
        history = []
        for _ in range(self.n_steps):
            forecast = self.damping * forecast + (1 - self.damping) * self.smooth(forecast)
            history.append(forecast)
        return ops.stack(history), forecast


def make():
    np.random.seed(42)
    feats = np.random.randn(3, 6).astype(np.float32)
    return NectarFlowRefiner(), (Tensor(feats),)
