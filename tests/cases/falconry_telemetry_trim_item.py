# case: trim a GPS flight trace to the number of valid fixes reported by the tag header (.item()) before computing climb rate -> slice length from data, dynamic/error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def climb_rate(alt, dt):
    return (alt[1:] - alt[:-1]) / dt


class FlightTelemetry(nn.Cell):
    def __init__(self, sample_dt=0.5):
        super().__init__()
        self.sample_dt = sample_dt

    def construct(self, trace, n_valid):
        # trace: (T, 3) lat, lon, alt ; n_valid: scalar int tensor from tag header
        n = n_valid.item()
        valid = trace[:n]
        rates = climb_rate(valid[:, 2], self.sample_dt)
        return rates.max(), rates.mean()


def make():
    np.random.seed(3175)
    T = 64
    trace = np.cumsum(np.random.randn(T, 3).astype(np.float32), axis=0)
    return FlightTelemetry(), (Tensor(trace), Tensor(np.array(40, dtype=np.int32)))
