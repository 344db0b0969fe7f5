# case: run as many dye-dosing correction passes as the bath log says (read with .item()) and collect each corrected recipe -> loop count from tensor value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DosingCorrection(nn.Cell):
    def __init__(self, n_dyes=3):
        super().__init__()
        self.update = nn.Dense(n_dyes, n_dyes)
        self.tanh = nn.Tanh()

    def correct(self, recipe):
        return recipe + 0.1 * self.tanh(self.update(recipe))

    def construct(self, recipe, n_passes):
        passes = []
        r = recipe
        for _ in range(n_passes.item()):
            r = self.correct(r)
            passes.append(r)
        return ops.stack(passes, axis=0)


def make():
    np.random.seed(44)
    recipe = np.random.uniform(0.2, 2.0, (4, 3)).astype(np.float32)
    return DosingCorrection(), (Tensor(recipe), Tensor(np.int32(3)))
