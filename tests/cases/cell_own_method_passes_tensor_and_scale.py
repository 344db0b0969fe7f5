# case: the Cell's own method passes its tensor argument and a config scale; construct masks the tensor (hazard)
import numpy as np
from mindspore import nn, Tensor


class Pick(nn.Cell):
    def __init__(self, opt):
        super().__init__()
        self.scale = opt.scale

    def construct(self, x, scale):
        keep = x > scale
        return x[keep] * scale

    def positives(self, x):
        for step in range(2):
            x = self(x, self.scale + step)
        return x


class Opt:
    scale = 0.0


def make():
    x = Tensor(np.array([1.0, -2.0, 3.0], np.float32))
    return Pick(Opt()), tuple([x, 0.0])
