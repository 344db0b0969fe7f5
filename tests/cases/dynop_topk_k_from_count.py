# case: calls ops.topk with k computed from the number of positive entries in another tensor; graph mode accepts the tensor k and infers a dynamic output shape at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTopK(nn.Cell):
    def construct(self, scores, gate):
        k = (gate > 0).astype(ms.int32).sum()
        vals, idx = ops.topk(scores, k)
        return vals.sum() + idx.astype(ms.float32).sum()


def make():
    scores = Tensor(np.random.rand(10).astype(np.float32))
    gate = Tensor(np.array([1, 0, 1, 1, 0], np.float32))
    return AdaptiveTopK(), (scores, gate)
