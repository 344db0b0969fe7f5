# case: compute STA/LTA ratio with moving averages and collect amplitudes of triggered samples via masked_select -> masked_select gives a data-dependent shape, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StaLtaTrigger(nn.Cell):
    def __init__(self, sta_len=4, lta_len=16, on_threshold=2.5):
        super().__init__()
        self.sta_len = sta_len
        self.lta_len = lta_len
        self.on_threshold = on_threshold
        self.sta_pool = nn.AvgPool1d(kernel_size=sta_len, stride=1)
        self.lta_pool = nn.AvgPool1d(kernel_size=lta_len, stride=1)

    def characteristic(self, trace):
        energy = trace * trace
        return energy.reshape(1, 1, -1)

    def construct(self, trace):
        cf = self.characteristic(trace)
        sta = self.sta_pool(cf)[..., self.lta_len - self.sta_len:]
        lta = self.lta_pool(cf)
        ratio = (sta / (lta + 1e-8)).reshape(-1)
        aligned = trace[self.lta_len - 1:]
        triggered = ratio > self.on_threshold
        trig_amps = ops.masked_select(ops.abs(aligned), triggered)
        return ratio, trig_amps


def make():
    np.random.seed(1)
    trace = 0.1 * np.random.randn(96).astype(np.float32)
    trace[50:60] += 3.0 * np.sin(np.linspace(0, 6, 10)).astype(np.float32)
    return StaLtaTrigger(), (Tensor(trace),)
