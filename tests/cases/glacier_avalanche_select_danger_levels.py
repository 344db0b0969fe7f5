# case: avalanche danger levels assigned with nested ops.select on thresholds rather than Python if on tensors -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DangerLevelMapper(nn.Cell):
    def __init__(self, thresholds=(0.2, 0.4, 0.6, 0.8)):
        super().__init__()
        self.thresholds = thresholds

    def construct(self, new_snow_cm, wind_ms, temp_c):
        load = new_snow_cm / 50.0 + wind_ms / 30.0 + ops.relu(temp_c) / 10.0
        risk = ops.clamp(load / 3.0, 0.0, 1.0)
        level = ops.ones_like(risk)
        for t in self.thresholds:
            level = ops.select(risk > t, level + 1.0, level)
        return level


def make():
    np.random.seed(32)
    snow = Tensor(np.random.uniform(0, 80, size=(12,)).astype(np.float32))
    wind = Tensor(np.random.uniform(0, 25, size=(12,)).astype(np.float32))
    temp = Tensor(np.random.uniform(-10, 5, size=(12,)).astype(np.float32))
    return DangerLevelMapper(), (snow, wind, temp)
