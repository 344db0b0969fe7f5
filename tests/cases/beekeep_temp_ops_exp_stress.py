# case: computes the brood heat-stress factor with ops.exp and ops.abs on the mean temperature tensor -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatStressIndex(nn.Cell):
    """Per-hive stress factor, kept as tensors all the way."""

    def __init__(self, setpoint=34.5, sharpness=0.8):
        super().__init__()
        self.setpoint = setpoint
        self.sharpness = sharpness

    def construct(self, temps):
        mean_t = temps.mean(axis=1)
        stress = ops.exp(self.sharpness * ops.abs(mean_t - self.setpoint)) - 1.0
        return ops.clamp(stress, 0.0, 10.0)


def make():
    np.random.seed(19)
    temps = (35.2 + np.random.randn(4, 6) * 0.4).astype(np.float32)
    return HeatStressIndex(), (Tensor(temps),)
