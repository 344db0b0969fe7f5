# case: returns the top-k loads where k is the number of readings above the alert threshold -> topk with data-dependent k, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertPeaks(nn.Cell):
    def __init__(self, alert_kw=6.0):
        super().__init__()
        self.alert_kw = alert_kw
        self.topk = ops.TopK(sorted=True)

    def n_alerts(self, load):
        return ops.cast(load > self.alert_kw, ms.int32).sum()

    def construct(self, load):
        k = self.n_alerts(load)
        values, hours = self.topk(load, k)
        return values, hours


def make():
    np.random.seed(8)
    load = np.random.uniform(1.0, 9.0, size=(24,)).astype(np.float32)
    return AlertPeaks(), (Tensor(load),)
