# case: arms of a tensor if: the two largest of the sorted scores against the scores -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pick(nn.Cell):
    def construct(self, scores):
        if scores.max() > 0.5:
            ranked, _ = ops.sort(scores, descending=True)
            out = ranked[:2]
        else:
            out = scores
        return out * 2.0


def make():
    np.random.seed(4)
    return Pick(), (Tensor(np.random.rand(6).astype(np.float32)),)
