# case: blade tension monitor logs an alarm line with an f-string containing the tension tensor when the blade is slack -> f-string with tensor inside construct, expect error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlackBladeAlarm(nn.Cell):
    def __init__(self, min_kn=24.0):
        super().__init__()
        self.min_kn = min_kn
        self.smooth = nn.AvgPool1d(kernel_size=4, stride=4)

    def construct(self, tension_trace):
        smoothed = self.smooth(tension_trace)
        low = smoothed.min()
        if low < self.min_kn:
            print(f"blade slack: min tension {low} kN below {self.min_kn}")
        return smoothed, low


def make():
    np.random.seed(3215)
    trace = Tensor((25.0 + 2 * np.random.randn(1, 2, 64)).astype(np.float32))
    return SlackBladeAlarm(), (trace,)
