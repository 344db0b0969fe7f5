# case: if the sustain pedal is down (tensor test) the bar is merged into half-bars, otherwise left per-step -> if on tensor value with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SustainAwarePooling(nn.Cell):
    def __init__(self, steps_per_bar=16):
        super().__init__()
        self.steps_per_bar = steps_per_bar

    def construct(self, bar_roll, sustain):
        # bar_roll: (steps, pitches)
        if sustain.mean() > 0.5:
            halves = bar_roll.reshape(2, self.steps_per_bar // 2, -1)
            out = halves.max(axis=1)
        else:
            out = bar_roll
        return out * 2.0


def make():
    np.random.seed(15)
    roll = (np.random.rand(16, 12) > 0.8).astype(np.float32)
    sustain = Tensor(np.array([1.0, 1.0, 0.0, 1.0], dtype=np.float32))
    return SustainAwarePooling(), (Tensor(roll), sustain)
