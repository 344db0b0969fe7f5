# case: flag stations predicted to run empty with ops.where(cond, x, y), keeping one slot per station -> three-arg where keeps static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationEncoder(nn.Cell):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_feat, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, x):
        return ops.sigmoid(self.net(x)).squeeze(-1)


class RebalanceFlags(nn.Cell):
    def __init__(self, n_feat=8, hidden=24, capacity=20, low=0.1, high=0.9):
        super().__init__()
        self.enc = StationEncoder(n_feat, hidden)
        self.capacity = capacity
        self.low = low
        self.high = high

    def construct(self, feats):
        fill = self.enc(feats)
        bikes = fill * self.capacity
        need_bikes = ops.where(fill < self.low, self.capacity * 0.5 - bikes, ops.zeros_like(bikes))
        need_space = ops.where(fill > self.high, bikes - self.capacity * 0.5, ops.zeros_like(bikes))
        truck_load = need_bikes.sum() - need_space.sum()
        return need_bikes, need_space, truck_load


def make():
    np.random.seed(32)
    feats = np.random.randn(50, 8).astype(np.float32) * 2.0
    return RebalanceFlags(), (Tensor(feats),)
