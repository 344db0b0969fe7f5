# case: keep the top-k most intense arousal epochs where k is the number of epochs above threshold, taken with int() on a tensor -> error/dynamic (k from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopArousals(nn.Cell):
    def __init__(self, threshold=0.6):
        super().__init__()
        self.threshold = threshold
        self.topk = ops.TopK(sorted=True)

    def construct(self, arousal_prob):
        n_hits = (arousal_prob > self.threshold).astype(ms.int32).sum()
        k = int(n_hits)
        vals, idx = self.topk(arousal_prob, k)
        return vals, idx


def make():
    np.random.seed(18)
    prob = np.random.rand(20).astype(np.float32)
    return TopArousals(), (Tensor(prob),)
