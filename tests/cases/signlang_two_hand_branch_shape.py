# case: returns only the dominant hand when the other hand's confidence is low, otherwise both hands concatenated, branching on a tensor -> branches with different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandSelector(nn.Cell):
    def __init__(self, min_conf=0.4):
        super().__init__()
        self.min_conf = min_conf

    def construct(self, left, right):
        # left, right: (T, 21, 3) with confidence in last channel
        left_conf = left[..., 2].mean()
        right_conf = right[..., 2].mean()
        if left_conf < self.min_conf:
            return right
        if right_conf < self.min_conf:
            return left
        return ops.concat((left, right), axis=1)


def make():
    np.random.seed(7)
    left = np.random.rand(5, 21, 3).astype(np.float32)
    left[..., 2] *= 0.2
    right = np.random.rand(5, 21, 3).astype(np.float32)
    return HandSelector(), (Tensor(left), Tensor(right))
