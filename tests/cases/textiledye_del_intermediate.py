# case: shade sorting scorer deletes the intermediate difference tensor with del after computing CMC-like weights -> del statement in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeScorer(nn.Cell):
    def __init__(self, l_weight=2.0, c_weight=1.0):
        super().__init__()
        self.lw = Tensor(np.array([1.0 / l_weight, 1.0 / c_weight, 1.0 / c_weight], np.float32))

    def construct(self, lab_rolls, lab_std):
        diff = (lab_rolls - lab_std) * self.lw
        score = ops.sqrt((diff * diff).sum(axis=1))
        del diff
        order = ops.argsort(score)
        return score, order


def make():
    np.random.seed(39)
    std = np.array([70.0, 5.0, 60.0], np.float32)
    rolls = (std + np.random.randn(15, 3) * 0.8).astype(np.float32)
    return ShadeScorer(), (Tensor(rolls), Tensor(std))
