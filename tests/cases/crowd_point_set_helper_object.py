# case: builds a plain Python PointSet helper object in construct, appends detected peak scores to it and returns its length-based count -> Python object built and mutated in construct under Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointSet:
    def __init__(self):
        self.scores = []

    def add(self, score):
        self.scores.append(score)

    def count(self):
        return len(self.scores)


class RowPeakCounter(nn.Cell):
    def __init__(self, thresh=0.6):
        super().__init__()
        self.thresh = thresh

    def construct(self, density):
        rows = density.max(axis=1)
        found = PointSet()
        for i in range(rows.shape[0]):
            if rows[i] > self.thresh:
                found.add(rows[i])
        return found.count()


def make():
    np.random.seed(12)
    dens = np.random.rand(8, 8).astype(np.float32)
    return RowPeakCounter(), (Tensor(dens),)
