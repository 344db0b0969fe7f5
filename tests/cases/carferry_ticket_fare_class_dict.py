# case: ticket demand model looks up constant per-fare-class weights from a dict built in __init__ and loops over its keys -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FARE_CLASSES = ("foot", "car", "van", "coach", "hgv")


class FareMixDemand(nn.Cell):
    def __init__(self, n_features=6):
        super().__init__()
        self.lane_metres = {"foot": 0.0, "car": 4.8, "van": 6.5, "coach": 13.0, "hgv": 16.5}
        self.heads = nn.CellList([nn.Dense(n_features, 1) for _ in FARE_CLASSES])

    def construct(self, feats):
        total_lane_m = ops.zeros((feats.shape[0],), ms.float32)
        passengers = ops.zeros((feats.shape[0],), ms.float32)
        for i, name in enumerate(FARE_CLASSES):
            count = ops.softplus(self.heads[i](feats)).reshape(-1)
            total_lane_m = total_lane_m + count * self.lane_metres[name]
            passengers = passengers + count
        return total_lane_m, passengers


def make():
    np.random.seed(14)
    feats = np.random.rand(9, 6).astype(np.float32)
    return FareMixDemand(), (Tensor(feats),)
