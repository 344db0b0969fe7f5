# case: picks the k highest-flow stations where k is the number of stations above alert level, int(t) used as topk k -> dynamic/error from data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertStations(nn.Cell):
    def __init__(self, alert_level=120.0):
        super().__init__()
        self.alert_level = alert_level

    def count_alerts(self, flow):
        return (flow > self.alert_level).astype(ms.int32).sum()

    def construct(self, flow, station_ids):
        k = int(self.count_alerts(flow))
        vals, idx = ops.topk(flow, k)
        ids = ops.gather(station_ids, idx, 0)
        return vals, ids


def make():
    np.random.seed(14)
    flow = Tensor(np.random.gamma(3.0, 40.0, 25).astype(np.float32))
    ids = Tensor(np.arange(100, 125, dtype=np.int32))
    return AlertStations(), (flow, ids)
