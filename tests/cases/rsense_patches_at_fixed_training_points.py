# case: cuts fixed-size patches around training points given as Python ints in the constructor and stacks them -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainingPatchSampler(nn.Cell):
    def __init__(self, points=((4, 4), (8, 12), (15, 6)), half=2):
        super().__init__()
        self.points = points
        self.half = half

    def cut(self, cube, r, c):
        h = self.half
        return cube[:, r - h:r + h + 1, c - h:c + h + 1]

    def construct(self, cube):
        patches = []
        for r, c in self.points:
            patches.append(self.cut(cube, r, c))
        batch = ops.stack(patches)
        return batch, batch.mean(axis=(2, 3))


def make():
    np.random.seed(33)
    cube = Tensor(np.random.rand(6, 20, 20).astype(np.float32))
    return TrainingPatchSampler(), (cube,)
