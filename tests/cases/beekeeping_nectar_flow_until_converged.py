# case: nectar flow forecaster iterates refinement steps while the tensor residual exceeds tolerance, appending each forecast to a list -> data-dependent loop count with a growing list in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NectarFlowRefiner(nn.Cell):
    def __init__(self, n_features=6, horizon=7, tol=1e-3, max_iter=20):
        super().__init__()
        self.proj = nn.Dense(n_features, horizon)
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, weather_feats):
        forecast = self.proj(weather_feats)
        history = [forecast]
        residual = ops.abs(forecast).mean()
        step = 0
        while residual > self.tol and step < self.max_iter:
            new_forecast = 0.5 * forecast
            residual = ops.abs(new_forecast - forecast).mean()
            forecast = new_forecast
            history.append(forecast)
            step += 1
        return ops.stack(history), forecast


def make():
    np.random.seed(41)
    feats = np.random.randn(3, 6).astype(np.float32)
    return NectarFlowRefiner(), (Tensor(feats),)
