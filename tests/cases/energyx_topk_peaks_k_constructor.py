# case: reports the three highest loads per household with k fixed in the constructor -> topk with constant k, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopPeakHours(nn.Cell):
    def __init__(self, k=3, alert_kw=6.0):
        super().__init__()
        self.k = k
        self.alert_kw = alert_kw
        self.topk = ops.TopK(sorted=True)

    def construct(self, load):
        values, hours = self.topk(load, self.k)
        alert = ops.cast(values > self.alert_kw, ms.int32)
        return values, hours, alert


def make():
    np.random.seed(33)
    load = np.random.uniform(1.0, 9.0, size=(6, 24)).astype(np.float32)
    return TopPeakHours(), (Tensor(load),)
