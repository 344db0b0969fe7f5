# case: converts active zone ids to a Python list with tolist() and builds a set to de-duplicate before gathering temperatures -> error (tolist / host data in graph mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveZoneGather(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, zone_temps, active_ids):
        ids = set(active_ids.tolist())
        ordered = sorted(ids)
        idx = Tensor(np.array(ordered, np.int32))
        picked = ops.gather(zone_temps, idx, 0)
        return picked.mean()


def make():
    np.random.seed(22)
    net = ActiveZoneGather()
    temps = Tensor((21.0 + np.random.randn(10)).astype(np.float32))
    ids = Tensor(np.array([1, 3, 3, 7, 1, 9], np.int32))
    return net, (temps, ids)
