# case: per-SKU demand forecast truncated to the lead time given as a tensor, demand[:, :lead] -> Graph mode fails or goes dynamic on a tensor-valued slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HoltForecaster(nn.Cell):
    def __init__(self, alpha=0.4, beta=0.2, horizon=12):
        super().__init__()
        self.alpha = alpha
        self.beta = beta
        self.horizon = horizon
        self.steps = Tensor(np.arange(1, horizon + 1, dtype=np.float32))

    def smooth(self, history):
        level = history[:, 0]
        trend = history[:, 1] - history[:, 0]
        for t in range(1, history.shape[1]):
            prev_level = level
            level = self.alpha * history[:, t] + (1 - self.alpha) * (level + trend)
            trend = self.beta * (level - prev_level) + (1 - self.beta) * trend
        return level, trend

    def construct(self, history, lead_time):
        level, trend = self.smooth(history)
        forecast = level.expand_dims(1) + trend.expand_dims(1) * self.steps.expand_dims(0)
        # only the weeks up to the supplier lead time matter for the reorder point
        lead_demand = forecast[:, :lead_time]
        return lead_demand.sum(axis=1)


def make():
    np.random.seed(0)
    history = Tensor(np.random.poisson(20, size=(6, 10)).astype(np.float32))
    lead_time = Tensor(np.array(4, dtype=np.int32))
    return HoltForecaster(), (history, lead_time)
