# case: justify a line by appending thin spaces one at a time while the set width is short of the measure, collecting each spacing step in a list -> while on tensor value with a growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpaceJustifier(nn.Cell):
    def __init__(self, thin_space=1.5):
        super().__init__()
        self.thin_space = thin_space

    def construct(self, word_widths, measure):
        width = word_widths.sum()
        steps = []
        while width < measure:
            width = width + self.thin_space
            steps.append(width)
        return ops.stack(steps) if steps else width.reshape(1)


def make():
    np.random.seed(71)
    words = np.random.uniform(8.0, 30.0, size=(7,)).astype(np.float32)
    measure = np.float32(words.sum() + 12.0)
    return SpaceJustifier(), (Tensor(words), Tensor(measure))
