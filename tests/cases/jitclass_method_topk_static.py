# case: jit_class Selector method uses ops.TopK primitive with a constant k from the instance; fixed k keeps shapes static at both levels (near miss of masked_select)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Selector:
    def __init__(self, k):
        self.k = k
        self.topk = ops.TopK(sorted=True)

    def best(self, scores):
        values, idx = self.topk(scores, self.k)
        return values, idx


class Ranker(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.sel = Selector(k)

    def construct(self, logits):
        scores = ops.sigmoid(logits)
        vals, idx = self.sel.best(scores)
        return vals.sum(), idx


def make():
    return Ranker(), (Tensor(np.random.randn(8).astype(np.float32)),)
