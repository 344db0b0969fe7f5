# case: construct's stage and mode are Python values that the Cell's own predict() passes (near miss)
import numpy as np
from mindspore import nn, Tensor


class Stages(nn.Cell):
    def __init__(self, opt):
        super().__init__()
        self.stages = opt.stages
        self.modes = opt.modes
        for s in range(1, self.stages + 1):
            for mode in self.modes:
                self.insert_child_to_cell("s{}_{}".format(s, mode), nn.Dense(3, 3))

    def construct(self, x, stage, mode):
        key = "s{}_{}".format(str(stage), mode)
        return getattr(self, key)(x)

    def predict(self, x):
        out = 0
        for s in range(self.stages):
            for mode in self.modes:
                out += self.construct(x, stage=s + 1, mode=mode)
        return out + self.construct(x, mode=self.modes[0], stage=self.stages)


class Opt:
    stages = 2
    modes = ("a", "b")


def make():
    return Stages(Opt()), tuple([Tensor(np.ones((2, 3), np.float32)), 2, "b"])
