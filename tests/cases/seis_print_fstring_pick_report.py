# case: phase picker that logs each pick with an f-string containing the pick time tensor and prints it -> f-string formatting of a tensor value in construct, error or compile-time constant print in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickLogger(nn.Cell):
    def __init__(self, sampling_rate=100.0, station="ANMO"):
        super().__init__()
        self.sampling_rate = sampling_rate
        self.station = station

    def construct(self, p_prob, s_prob):
        p_idx = ops.argmax(p_prob)
        s_idx = ops.argmax(s_prob)
        p_time = p_idx.astype(ms.float32) / self.sampling_rate
        s_time = s_idx.astype(ms.float32) / self.sampling_rate
        msg = f"{self.station}: P at {p_time} s, S-P = {s_time - p_time} s"
        print(msg)
        return s_time - p_time


def make():
    np.random.seed(10)
    n = 50
    t = np.arange(n)
    p = np.exp(-0.5 * ((t - 12) / 2.0) ** 2).astype(np.float32)
    s = np.exp(-0.5 * ((t - 31) / 2.0) ** 2).astype(np.float32)
    return PickLogger(), (Tensor(p), Tensor(s))
