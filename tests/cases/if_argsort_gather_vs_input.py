# case: arms of a tensor if: the scores gathered in sorted order against the scores (the same shape) -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pick(nn.Cell):
    def construct(self, scores):
        if scores.max() > 0.5:
            order = ops.argsort(scores)
            out = ops.gather(scores, order, 0)
        else:
            out = scores
        return out * 2.0


def make():
    np.random.seed(4)
    return Pick(), (Tensor(np.random.rand(6).astype(np.float32)),)
