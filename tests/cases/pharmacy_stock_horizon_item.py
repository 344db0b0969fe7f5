# case: forecast dispensing-cabinet usage and keep only the lead-time days, lead time read with .item() from a tensor -> graph compile error or dynamic slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UsageForecaster(nn.Cell):
    def __init__(self, history=28, horizon=14, hidden=32):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Dense(history, hidden),
            nn.ReLU(),
            nn.Dense(hidden, horizon),
        ])

    def construct(self, daily_usage, lead_time_days, on_hand):
        forecast = ops.softplus(self.net(daily_usage))
        lead = lead_time_days.item()
        demand = forecast[:, :lead].sum(axis=1)
        shortfall = ops.relu(demand - on_hand)
        return shortfall


def make():
    np.random.seed(61)
    usage = Tensor(np.random.poisson(5, (8, 28)).astype(np.float32))
    lead = Tensor(np.array(5, np.int32))
    on_hand = Tensor(np.random.uniform(10, 40, (8,)).astype(np.float32))
    return UsageForecaster(), (usage, lead, on_hand)
