# case: collects per-station mean flows into a Python list only for stations whose validity flag tensor is set, then stacks them -> data-dependent list length in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveStationMeans(nn.Cell):
    def __init__(self, num_stations=6):
        super().__init__()
        self.num_stations = num_stations

    def construct(self, flows, active):
        means = []
        for i in range(self.num_stations):
            if active[i] > 0:
                means.append(flows[i].mean())
        stacked = ops.stack(means)
        return stacked, stacked.sum()


def make():
    np.random.seed(20)
    flows = Tensor(np.random.gamma(2.0, 10.0, (6, 20)).astype(np.float32))
    active = Tensor(np.array([1, 0, 1, 1, 0, 1], np.int32))
    return ActiveStationMeans(), (flows, active)
