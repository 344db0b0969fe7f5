# case: iterate over the rows of the wheel table (one row per wheel) with a Python for loop, scoring each wheel's ripeness and stacking the scores -> loop over the static first dimension, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WheelRipeness(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.array([0.4, -0.8, 2.0, 0.05], np.float32)), name="w")

    def score(self, wheel):
        # wheel = pH, moisture, proteolysis index, age in weeks
        return ops.sigmoid((wheel * self.w).sum() - 1.0)

    def construct(self, wheels):
        scores = []
        for wheel in wheels:
            scores.append(self.score(wheel))
        return ops.stack(scores)


def make():
    np.random.seed(3233)
    wheels = np.stack([np.random.uniform(5.0, 5.6, 5), np.random.uniform(0.35, 0.45, 5),
                       np.random.uniform(0.1, 0.4, 5), np.random.uniform(2, 20, 5)], axis=1)
    return WheelRipeness(), (Tensor(wheels.astype(np.float32)),)
