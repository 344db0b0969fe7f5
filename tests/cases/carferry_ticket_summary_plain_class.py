# case: ticket demand forecaster packs its outputs into a plain Python summary object built inside construct -> plain class instantiated in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandSummary:
    def __init__(self, foot, cars, freight):
        self.foot = foot
        self.cars = cars
        self.freight = freight

    def total_lane_metres(self):
        return self.cars * 4.8 + self.freight * 16.5


class TicketForecaster(nn.Cell):
    def __init__(self, n_features=7):
        super().__init__()
        self.head = nn.Dense(n_features, 3)
        self.relu = nn.ReLU()

    def construct(self, booking_feats):
        y = self.relu(self.head(booking_feats))
        summary = DemandSummary(y[:, 0], y[:, 1], y[:, 2])
        return summary.total_lane_metres(), summary.foot.sum()


def make():
    np.random.seed(9)
    feats = np.random.rand(10, 7).astype(np.float32)
    return TicketForecaster(), (Tensor(feats),)
