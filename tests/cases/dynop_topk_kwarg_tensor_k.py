# case: ops.topk(x, k=k) keyword argument with tensor k
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Best(nn.Cell):
    def construct(self, scores, k):
        return ops.topk(scores, k=k)[1]


def make():
    return Best(), (ms.Tensor(np.array([3.0, 1.0, 2.0, 5.0, 4.0], np.float32)), ms.Tensor(3, ms.int64))
