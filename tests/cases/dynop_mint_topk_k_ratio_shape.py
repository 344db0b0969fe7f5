# case: mint.topk with k from the input's shape and a float ratio (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class KeepRatio(nn.Cell):
    def __init__(self, ratio=0.5):
        super().__init__()
        self.ratio = ratio

    def construct(self, scores):
        k = max(1, int(scores.shape[-1] * self.ratio))
        return mint.topk(scores, k, dim=-1)[1]


def make():
    return KeepRatio(), (Tensor(np.arange(8).astype(np.float32).reshape(2, 4)),)
