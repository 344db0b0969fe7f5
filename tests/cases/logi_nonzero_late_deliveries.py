# case: locates deliveries that arrive after their time window closes with ops.nonzero and gathers their delays -> nonzero output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LateDeliveryReport(nn.Cell):
    def __init__(self, service_time=0.25):
        super().__init__()
        self.service_time = service_time

    def arrival_times(self, travel_times):
        return ops.cumsum(travel_times + self.service_time, axis=0)

    def construct(self, travel_times, window_close):
        arrivals = self.arrival_times(travel_times)
        late_idx = ops.nonzero(arrivals > window_close).reshape(-1)
        delays = ops.gather(arrivals - window_close, late_idx, 0)
        return late_idx, delays


def make():
    np.random.seed(3)
    travel = Tensor(np.random.uniform(0.2, 1.0, size=(10,)).astype(np.float32))
    close = Tensor(np.sort(np.random.uniform(1.0, 8.0, size=(10,))).astype(np.float32))
    return LateDeliveryReport(), (travel, close)
