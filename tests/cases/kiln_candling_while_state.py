# case: candling-phase controller holds at low heat while the estimated residual moisture stays above a target, updating a fixed-shape state each pass -> tensor while with constant shapes, expect Graph mode to accept
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandlingController(nn.Cell):
    def __init__(self, dry_rate=0.12, target=0.01, max_passes=50):
        super().__init__()
        self.dry_rate = dry_rate
        self.target = target
        self.max_passes = max_passes

    def construct(self, moisture, hold_minutes):
        passes = Tensor(0, ms.int32)
        while moisture.max() > self.target and passes < self.max_passes:
            moisture = moisture * (1.0 - self.dry_rate)
            hold_minutes = hold_minutes + 10.0
            passes = passes + 1
        return moisture, hold_minutes, passes


def make():
    np.random.seed(53)
    moisture = np.random.uniform(0.02, 0.08, 6).astype(np.float32)
    hold = np.zeros(6, np.float32)
    return CandlingController(), (Tensor(moisture), Tensor(hold))
