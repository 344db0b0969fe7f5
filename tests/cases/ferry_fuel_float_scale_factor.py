# case: fuel model converts the mean sea-state tensor to a Python float to pick a drag multiplier -> float() on a tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DragAdjustedFuel(nn.Cell):
    def __init__(self, base_rate=55.0):
        super().__init__()
        self.base_rate = base_rate
        self.fc = nn.Dense(4, 1)

    def drag_multiplier(self, wave_height):
        h = float(wave_height.mean())
        if h > 1.5:
            return 1.25
        return 1.0

    def construct(self, engine_feats, wave_height):
        mult = self.drag_multiplier(wave_height)
        pred = self.fc(engine_feats).squeeze(-1) + self.base_rate
        return pred * mult


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(8, 4).astype(np.float32))
    waves = Tensor(np.random.uniform(0.5, 2.5, size=(8,)).astype(np.float32))
    return DragAdjustedFuel(), (feats, waves)
