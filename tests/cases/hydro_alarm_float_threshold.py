# case: converts the max water level to a Python float and picks an alarm tier with Python comparisons -> float() on a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmTier(nn.Cell):
    """Map the maximum stage of a forecast to an alarm tier code."""

    def __init__(self, watch=2.0, warning=3.0, danger=4.0):
        super().__init__()
        self.watch = watch
        self.warning = warning
        self.danger = danger

    def construct(self, forecast_stage):
        peak = float(forecast_stage.max())
        if peak >= self.danger:
            tier = 3
        elif peak >= self.warning:
            tier = 2
        elif peak >= self.watch:
            tier = 1
        else:
            tier = 0
        return Tensor(tier, ms.int32), forecast_stage - peak


def make():
    np.random.seed(14)
    stage = np.random.uniform(1.0, 3.6, size=(24,)).astype(np.float32)
    return AlarmTier(), (Tensor(stage),)
