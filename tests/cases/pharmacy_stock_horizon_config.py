# case: forecast dispensing-cabinet usage and sum the first lead_time days where lead time is a constructor setting -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CabinetForecaster(nn.Cell):
    def __init__(self, history=28, horizon=14, lead_time_days=5, safety_factor=1.2):
        super().__init__()
        self.lead = lead_time_days
        self.safety = safety_factor
        self.fc1 = nn.Dense(history, 32)
        self.fc2 = nn.Dense(32, horizon)
        self.relu = nn.ReLU()

    def forecast(self, x):
        return ops.softplus(self.fc2(self.relu(self.fc1(x))))

    def construct(self, daily_usage, on_hand):
        fc = self.forecast(daily_usage)
        demand = fc[:, :self.lead].sum(axis=1) * self.safety
        reorder_qty = ops.relu(demand - on_hand)
        return ops.ceil(reorder_qty)


def make():
    np.random.seed(62)
    usage = Tensor(np.random.poisson(5, (8, 28)).astype(np.float32))
    on_hand = Tensor(np.random.uniform(10, 40, (8,)).astype(np.float32))
    return CabinetForecaster(), (usage, on_hand)
