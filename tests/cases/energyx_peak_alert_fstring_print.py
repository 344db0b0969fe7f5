# case: prints an f-string with the peak load tensor and its hour inside construct -> f-string formatting of tensor values, error or runtime-only in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakAlert(nn.Cell):
    def __init__(self, feeder_name="feeder_7", limit_kw=80.0):
        super().__init__()
        self.feeder_name = feeder_name
        self.limit_kw = limit_kw

    def construct(self, load):
        peak = load.max()
        hour = load.argmax()
        msg = f"{self.feeder_name}: peak {peak} kW at hour {hour}"
        print(msg)
        over = ops.relu(peak - self.limit_kw)
        return over


def make():
    np.random.seed(13)
    load = np.random.uniform(30, 95, size=(24,)).astype(np.float32)
    return PeakAlert(), (Tensor(load),)
