# case: degree-day melt summed over stations with a generator expression passed to sum() inside construct -> generator expression in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DegreeDayNetworkMelt(nn.Cell):
    def __init__(self, ddf_snow=4.0, n_stations=5):
        super().__init__()
        self.ddf_snow = ddf_snow
        self.n_stations = n_stations

    def station_melt(self, temps):
        return self.ddf_snow * ops.relu(temps).sum()

    def construct(self, temperature):
        total = sum(self.station_melt(temperature[i]) for i in range(self.n_stations))
        return total / self.n_stations


def make():
    np.random.seed(16)
    t = Tensor(np.random.uniform(-5, 8, size=(5, 24)).astype(np.float32))
    return DegreeDayNetworkMelt(), (t,)
