# case: a tensor `if` keeps 2 or 5 of the scores with Tensor.topk -> dynamic at the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveK(nn.Cell):
    def __init__(self, few=2, many=5, margin=0.1):
        super().__init__()
        self.few = few
        self.many = many
        self.margin = margin

    def construct(self, scores):
        if scores.max() - scores.mean() > self.margin:
            vals, _ = scores.topk(self.few)
        else:
            vals, _ = scores.topk(self.many)
        return vals.sum()


def make():
    return AdaptiveK(), (Tensor(np.random.RandomState(2).randn(10).astype(np.float32)),)
