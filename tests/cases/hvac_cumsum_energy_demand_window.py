# case: peak 15-minute demand from cumulative energy using cumsum and a fixed-width difference, widths from constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakDemand(nn.Cell):
    def __init__(self, window=4, interval_h=0.25):
        super().__init__()
        self.window = window
        self.interval_h = interval_h

    def construct(self, interval_kwh):
        n = interval_kwh.shape[-1]
        cum = ops.cumsum(interval_kwh, axis=-1)
        pad = ops.zeros((interval_kwh.shape[0], 1), interval_kwh.dtype)
        cum = ops.concat((pad, cum), axis=-1)
        win_kwh = cum[:, self.window:n + 1] - cum[:, 0:n + 1 - self.window]
        demand_kw = win_kwh / (self.window * self.interval_h)
        return demand_kw.max(axis=-1)


def make():
    np.random.seed(40)
    net = PeakDemand()
    kwh = Tensor((5.0 + 3.0 * np.random.rand(3, 32)).astype(np.float32))
    return net, (kwh,)
