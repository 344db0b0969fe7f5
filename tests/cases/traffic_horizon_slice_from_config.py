# case: traffic-flow forecaster that keeps the last `history` steps and predicts `horizon` steps, sizes from constructor config -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastConfig:
    def __init__(self, history=6, horizon=3, num_nodes=8):
        self.history = history
        self.horizon = horizon
        self.num_nodes = num_nodes


class LinearFlowForecaster(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.history = cfg.history
        self.horizon = cfg.horizon
        self.temporal = nn.Dense(cfg.history, cfg.horizon)

    def construct(self, flow):
        # flow: (batch, time, nodes)
        t = flow.shape[1]
        recent = flow[:, t - self.history:, :]
        recent = ops.transpose(recent, (0, 2, 1))
        pred = self.temporal(recent)
        return ops.transpose(pred, (0, 2, 1))


def make():
    np.random.seed(3)
    cfg = ForecastConfig()
    flow = Tensor(np.random.rand(2, 12, cfg.num_nodes).astype(np.float32))
    return LinearFlowForecaster(cfg), (flow,)
