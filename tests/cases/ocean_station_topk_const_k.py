# case: picks the top-k highest-flow stations with k a constructor argument and gathers their ids -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopStations(nn.Cell):
    def __init__(self, k=5, alert_level=120.0):
        super().__init__()
        self.k = k
        self.alert_level = alert_level

    def construct(self, flow, station_ids):
        vals, idx = ops.topk(flow, self.k)
        ids = ops.gather(station_ids, idx, 0)
        over = (vals > self.alert_level).astype(ms.int32)
        return vals, ids, over


def make():
    np.random.seed(15)
    flow = Tensor(np.random.gamma(3.0, 40.0, 25).astype(np.float32))
    ids = Tensor(np.arange(100, 125, dtype=np.int32))
    return TopStations(), (flow, ids)
