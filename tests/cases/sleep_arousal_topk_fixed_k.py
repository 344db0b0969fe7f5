# case: top-k most intense arousal epochs with k fixed in the constructor, below-threshold ones zeroed afterwards -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopArousals(nn.Cell):
    def __init__(self, k=5, threshold=0.6):
        super().__init__()
        self.k = k
        self.threshold = threshold
        self.topk = ops.TopK(sorted=True)

    def construct(self, arousal_prob):
        vals, idx = self.topk(arousal_prob, self.k)
        keep = (vals > self.threshold).astype(vals.dtype)
        return vals * keep, idx, keep.sum()


def make():
    np.random.seed(19)
    prob = np.random.rand(20).astype(np.float32)
    return TopArousals(), (Tensor(prob),)
