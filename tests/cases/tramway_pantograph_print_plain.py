# case: pantograph overcurrent check prints a constant label and the tensor as separate print arguments -> plain print of tensor, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OvercurrentMonitor(nn.Cell):
    def __init__(self, trip_a=900.0, verbose=True):
        super().__init__()
        self.trip = trip_a
        self.verbose = verbose

    def construct(self, current_a):
        peak = current_a.max()
        if self.verbose:
            print("peak current (A):", peak)
        margin = (self.trip - peak) / self.trip
        return margin, peak > self.trip


def make():
    np.random.seed(3089)
    cur = np.abs(np.random.normal(500, 180, size=(300,))).astype(np.float32)
    return OvercurrentMonitor(), (Tensor(cur),)
