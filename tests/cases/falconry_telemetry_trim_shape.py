# case: trim a GPS flight trace to its second half (length from x.shape) before computing climb rate -> shape-derived slice, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def climb_rate(alt, dt):
    return (alt[1:] - alt[:-1]) / dt


class FlightTelemetry(nn.Cell):
    def __init__(self, sample_dt=0.5, warmup_frac=2):
        super().__init__()
        self.sample_dt = sample_dt
        self.warmup_frac = warmup_frac

    def construct(self, trace):
        start = trace.shape[0] // self.warmup_frac
        cruise = trace[start:]
        rates = climb_rate(cruise[:, 2], self.sample_dt)
        return rates.max(), rates.mean()


def make():
    np.random.seed(3176)
    trace = np.cumsum(np.random.randn(64, 3).astype(np.float32), axis=0)
    return FlightTelemetry(), (Tensor(trace),)
