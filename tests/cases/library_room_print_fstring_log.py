# case: log each reading-room forecast with print of an f-string that formats tensor values inside construct -> f-string with tensors in graph, hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoomForecast(nn.Cell):
    def __init__(self, n_rooms=4, lag=8, verbose=True):
        super().__init__()
        self.lag = lag
        self.mix = nn.Dense(lag, 1)
        self.verbose = verbose
        self.capacity = Tensor(np.array([40, 60, 25, 80], np.float32))

    def construct(self, lags):
        # lags: (n_rooms, lag)
        pred = ops.relu(self.mix(lags)).squeeze(1)
        load = pred / self.capacity
        if self.verbose:
            print(f"forecast load per room: {load}, busiest={load.argmax()}")
        return pred, load


def make():
    np.random.seed(71)
    lags = Tensor((np.random.rand(4, 8) * 50).astype(np.float32))
    return RoomForecast(), (lags,)
