# case: computes overall misregistration of every separation against key with ops.sqrt over the mean offsets, looping over a fixed tuple of separation names -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeparationRegistration(nn.Cell):
    def __init__(self, separations=("cyan", "magenta", "yellow"), tolerance_mm=0.1, mm_per_px=0.0423):
        super().__init__()
        self.separations = separations
        self.tolerance = tolerance_mm
        self.mm_per_px = mm_per_px

    def one_separation(self, sep_xy, key_xy):
        d = (sep_xy - key_xy) * self.mm_per_px
        m = d.mean(axis=0)
        return ops.sqrt((m * m).sum()) / self.tolerance

    def construct(self, marks, key_xy):
        scores = []
        for i in range(len(self.separations)):
            scores.append(self.one_separation(marks[i], key_xy))
        return ops.stack(scores)


def make():
    np.random.seed(17)
    key = np.random.uniform(50, 3000, (8, 2)).astype(np.float32)
    marks = key[None] + np.random.normal(0, 2.0, (3, 8, 2)).astype(np.float32)
    return SeparationRegistration(), (Tensor(marks), Tensor(key))
