# case: lighting desk reads fade settings from an @ms.jit_class config object built in __init__, only reading its fields in construct -> read-only jit_class, expect fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FadeProfile:
    def __init__(self, fade, floor):
        self.fade = fade
        self.floor = floor


class CueStepper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.profile = FadeProfile(0.8, 0.02)

    def construct(self, levels):
        level = levels[0]
        for i in range(1, 4):
            level = level * self.profile.fade + levels[i]
        return ops.maximum(level, self.profile.floor)


def make():
    np.random.seed(102)
    lv = Tensor(np.random.rand(4, 10).astype(np.float32))
    return CueStepper(), (lv,)
