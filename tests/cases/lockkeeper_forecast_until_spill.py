# case: roll the water-level forecast forward until the predicted level crosses the spill crest, collecting each step -> while on tensor value growing a list, expect rejection or dynamic behaviour
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelStep(nn.Cell):
    def __init__(self, n_in=6):
        super().__init__()
        self.fc = nn.Dense(n_in, 1)

    def construct(self, window):
        return self.fc(window)


class SpillForecaster(nn.Cell):
    def __init__(self, window=6, crest=3.0, max_steps=40):
        super().__init__()
        self.step = LevelStep(window)
        self.crest = crest
        self.max_steps = max_steps

    def construct(self, history):
        window = history[:, -6:]
        outputs = []
        level = window[:, -1:]
        steps = 0
        while level.max() < self.crest and steps < self.max_steps:
            level = self.step(window) + 0.1
            outputs.append(level)
            window = ops.concat((window[:, 1:], level), axis=1)
            steps += 1
        return ops.concat(outputs, axis=1)


def make():
    np.random.seed(41)
    ms.set_seed(41)
    hist = (np.cumsum(np.random.rand(2, 12), axis=1) * 0.1).astype(np.float32)
    return SpillForecaster(), (Tensor(hist),)
