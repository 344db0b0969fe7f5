# case: event study, abnormal returns gathered at announcement days found with nonzero -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarketModel(nn.Cell):
    def __init__(self, alpha=0.0, beta=1.0):
        super().__init__()
        self.alpha = alpha
        self.beta = beta

    def construct(self, stock, market):
        return stock - (self.alpha + self.beta * market)


class EventStudy(nn.Cell):
    """Cumulative abnormal return around flagged event days."""

    def __init__(self, beta=0.9, window=2):
        super().__init__()
        self.model = MarketModel(beta=beta)
        self.window = window

    def event_days(self, flags):
        idx = ops.nonzero(flags > 0)
        return idx.reshape(-1)

    def construct(self, stock, market, flags):
        abnormal = self.model(stock, market)
        days = self.event_days(flags)
        car = ops.zeros_like(days).astype(ms.float32)
        for off in range(self.window + 1):
            pos = ops.clip_by_value(days + off, 0, stock.shape[0] - 1)
            car = car + ops.gather(abnormal, pos, 0)
        return car.mean(), car


def make():
    np.random.seed(2)
    market = (0.01 * np.random.randn(50)).astype(np.float32)
    stock = (0.9 * market + 0.004 * np.random.randn(50)).astype(np.float32)
    flags = np.zeros(50, np.int32)
    flags[[5, 17, 33, 41]] = 1
    return EventStudy(), (Tensor(stock), Tensor(market), Tensor(flags))
