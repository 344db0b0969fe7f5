# case: round() of a tensor mean passed as k to ops.TopK(); k stays a float tensor, expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTopK(nn.Cell):
    def __init__(self):
        super().__init__()
        self.topk = ops.TopK(sorted=True)

    def construct(self, scores, budget):
        k = round(budget.mean())
        values, _ = self.topk(scores, k)
        return values.sum()


def make():
    scores = Tensor(np.random.rand(16).astype(np.float32))
    budget = Tensor(np.array([3.0, 5.0], np.float32))
    return AdaptiveTopK(), (scores, budget)
