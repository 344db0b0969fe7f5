# case: justify a line by widening the interword space in fixed steps while the set width is short of the measure, keeping only the scalar space -> while on tensor value but loop state has a fixed shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpaceJustifier(nn.Cell):
    def __init__(self, step=0.25, max_space=12.0):
        super().__init__()
        self.step = step
        self.max_space = max_space

    def set_width(self, word_widths, space):
        n_gaps = word_widths.shape[0] - 1
        return word_widths.sum() + space * n_gaps

    def construct(self, word_widths, measure):
        space = Tensor(2.0, ms.float32)
        while self.set_width(word_widths, space) < measure and space < self.max_space:
            space = space + self.step
        return space, self.set_width(word_widths, space)


def make():
    np.random.seed(72)
    words = np.random.uniform(8.0, 30.0, size=(7,)).astype(np.float32)
    measure = np.float32(words.sum() + 30.0)
    return SpaceJustifier(), (Tensor(words), Tensor(measure))
