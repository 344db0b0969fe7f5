# case: usher dispatch builds a plain Python SectionTally object in construct, fills it with per-section counts and returns it -> undecorated Python class instance in graph, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectionTally:
    def __init__(self):
        self.orchestra = None
        self.balcony = None

    def total(self):
        return self.orchestra + self.balcony


class UsherDispatch(nn.Cell):
    def __init__(self, split_row=8):
        super().__init__()
        self.split_row = split_row

    def construct(self, grid):
        tally = SectionTally()
        tally.orchestra = grid[:self.split_row].sum()
        tally.balcony = grid[self.split_row:].sum()
        return tally.total(), tally


def make():
    np.random.seed(181)
    grid = Tensor(np.random.randint(0, 2, size=(14, 22)).astype(np.float32))
    return UsherDispatch(), (grid,)
