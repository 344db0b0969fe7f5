# case: converts the mean brood temperature to a Python float and uses math.exp for a heat-stress factor in construct -> error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatStressIndex(nn.Cell):
    """Brood nest should stay at 34.5 C; stress grows exponentially with the deviation."""

    def __init__(self, setpoint=34.5, sharpness=0.8):
        super().__init__()
        self.setpoint = setpoint
        self.sharpness = sharpness

    def construct(self, temps):
        mean_t = float(temps.mean())
        stress = math.exp(self.sharpness * abs(mean_t - self.setpoint)) - 1.0
        return temps * 0.0 + stress


def make():
    np.random.seed(18)
    temps = (35.2 + np.random.randn(4, 6) * 0.4).astype(np.float32)
    return HeatStressIndex(), (Tensor(temps),)
