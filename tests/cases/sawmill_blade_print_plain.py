# case: blade tension monitor prints a constant label and the minimum tension tensor as separate print arguments -> plain print is supported in Graph mode, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlackBladeAlarm(nn.Cell):
    def __init__(self, min_kn=24.0, verbose=True):
        super().__init__()
        self.min_kn = min_kn
        self.verbose = verbose
        self.smooth = nn.AvgPool1d(kernel_size=4, stride=4)

    def construct(self, tension_trace):
        smoothed = self.smooth(tension_trace)
        low = smoothed.min()
        slack = ops.cast(low < self.min_kn, ms.float32)
        if self.verbose:
            print("blade min tension kN:", low)
        return smoothed, slack


def make():
    np.random.seed(3216)
    trace = Tensor((25.0 + 2 * np.random.randn(1, 2, 64)).astype(np.float32))
    return SlackBladeAlarm(), (trace,)
