# case: apply a fixed stack of dosing-correction sub-cells held in nn.CellList to a recipe, collecting each stage -> loop over CellList, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DosingStage(nn.Cell):
    def __init__(self, n_dyes, step=0.1):
        super().__init__()
        self.step = step
        self.fc = nn.Dense(n_dyes, n_dyes)
        self.tanh = nn.Tanh()

    def construct(self, recipe):
        return recipe + self.step * self.tanh(self.fc(recipe))


class DosingPipeline(nn.Cell):
    def __init__(self, n_dyes=3, n_stages=4):
        super().__init__()
        self.stages = nn.CellList([DosingStage(n_dyes) for _ in range(n_stages)])

    def construct(self, recipe):
        outs = []
        r = recipe
        for stage in self.stages:
            r = stage(r)
            outs.append(r)
        return ops.stack(outs, axis=0)


def make():
    np.random.seed(45)
    recipe = np.random.uniform(0.2, 2.0, (4, 3)).astype(np.float32)
    return DosingPipeline(), (Tensor(recipe),)
