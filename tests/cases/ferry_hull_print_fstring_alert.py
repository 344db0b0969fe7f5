# case: vibration monitor prints an f-string containing the peak tensor and a branch on the peak value -> f-string/print of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VibrationAlert(nn.Cell):
    def __init__(self, limit_mm_s=4.5):
        super().__init__()
        self.limit = limit_mm_s

    def construct(self, velocity):
        peak = ops.abs(velocity).max()
        if peak > self.limit:
            print(f"hull vibration alert: peak={peak}")
        return peak / self.limit


def make():
    np.random.seed(12)
    vel = Tensor(np.random.randn(30).astype(np.float32) * 3.0)
    return VibrationAlert(), (vel,)
