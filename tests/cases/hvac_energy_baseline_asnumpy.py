# case: energy baseline model converts the meter tensor to NumPy inside construct to compute a percentile baseline -> error (asnumpy not supported in graph mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyBaseline(nn.Cell):
    def __init__(self, percentile=10.0):
        super().__init__()
        self.percentile = percentile

    def construct(self, meter_kw):
        arr = meter_kw.asnumpy()
        base = np.percentile(arr, self.percentile, axis=1)
        base_t = Tensor(base.astype(np.float32)).reshape(-1, 1)
        excess = ops.relu(meter_kw - base_t)
        return excess.sum(axis=1)


def make():
    np.random.seed(12)
    net = EnergyBaseline()
    meter = Tensor((50.0 + 10.0 * np.random.rand(3, 96)).astype(np.float32))
    return net, (meter,)
