# case: unique of the labels, then masked_select of the (static) scores -> dynamic at both lines
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stats(nn.Cell):
    def __init__(self, floor=0.5):
        super().__init__()
        self.floor = floor

    def construct(self, labels, scores):
        classes, _ = ops.unique(labels)
        kept = ops.masked_select(scores, scores > self.floor)
        return classes.shape[0] * 1.0 + kept.sum()


def make():
    return Stats(), (Tensor(np.array([1, 2, 2, 5], np.int32)), Tensor(np.array([0.2, 0.7, 0.9, 0.1], np.float32)))
