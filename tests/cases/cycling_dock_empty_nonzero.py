# case: list the indices of stations whose predicted dock occupancy hits zero bikes, using ops.nonzero -> output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyHead(nn.Cell):
    def __init__(self, n_feat, hidden=32):
        super().__init__()
        self.fc1 = nn.Dense(n_feat, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def construct(self, x):
        return ops.sigmoid(self.fc2(self.act(self.fc1(x)))).squeeze(-1)


class EmptyStationAlert(nn.Cell):
    def __init__(self, n_feat=8, capacity=20, threshold=0.45):
        super().__init__()
        self.head = OccupancyHead(n_feat)
        self.capacity = capacity
        self.threshold = threshold

    def construct(self, station_feats):
        fill = self.head(station_feats)
        bikes = fill * self.capacity
        empty = ops.nonzero(fill < self.threshold)
        return bikes, empty


def make():
    np.random.seed(31)
    feats = np.random.randn(50, 8).astype(np.float32)
    return EmptyStationAlert(), (Tensor(feats),)
