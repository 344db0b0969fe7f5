# case: per-SKU Holt forecast summed over a lead time fixed in the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadTimeDemand(nn.Cell):
    def __init__(self, alpha=0.35, beta=0.15, lead_weeks=4):
        super().__init__()
        self.alpha = alpha
        self.beta = beta
        self.lead_weeks = lead_weeks
        self.steps = Tensor(np.arange(1, lead_weeks + 1, dtype=np.float32))

    def smooth(self, history):
        level = history[:, 0]
        trend = history[:, 1] - history[:, 0]
        for t in range(1, history.shape[1]):
            prev_level = level
            level = self.alpha * history[:, t] + (1 - self.alpha) * (level + trend)
            trend = self.beta * (level - prev_level) + (1 - self.beta) * trend
        return level, trend

    def construct(self, history):
        level, trend = self.smooth(history)
        forecast = level.expand_dims(1) + trend.expand_dims(1) * self.steps.expand_dims(0)
        forecast = ops.clamp(forecast, min=0.0)
        return forecast[:, :self.lead_weeks].sum(axis=1)


def make():
    np.random.seed(1)
    history = Tensor(np.random.poisson(15, size=(8, 12)).astype(np.float32))
    return LeadTimeDemand(), (history,)
