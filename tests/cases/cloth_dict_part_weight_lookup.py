# case: loss weight for the dominant body part looked up in a Python dict keyed by int() of the argmax part id tensor -> int() of tensor used as dict key in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PART_WEIGHTS = {0: 0.1, 1: 1.0, 2: 2.0, 3: 1.5, 4: 3.0, 5: 1.5}


class DominantPartLoss(nn.Cell):
    def __init__(self, weights=None):
        super().__init__()
        self.weights = dict(PART_WEIGHTS) if weights is None else weights

    def dominant_part(self, parsing_prob):
        area = parsing_prob.sum(axis=(1, 2))
        return area.argmax()

    def construct(self, parsing_prob, pred, target):
        part = int(self.dominant_part(parsing_prob))
        w = self.weights[part]
        return w * ((pred - target) ** 2).mean()


def make():
    np.random.seed(48)
    prob = Tensor(np.random.rand(6, 8, 8).astype(np.float32))
    pred = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    target = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    return DominantPartLoss(), (prob, pred, target)
