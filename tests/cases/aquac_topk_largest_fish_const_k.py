# case: picks a fixed-size harvest sample of the heaviest fish per pen with topk k from the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedHarvestSampler(nn.Cell):
    def __init__(self, k=5, a=0.012, b=3.0):
        super().__init__()
        self.k = k
        self.a = a
        self.b = b

    def to_weight(self, lengths):
        return self.a * ops.pow(lengths, self.b)

    def construct(self, lengths, valid):
        w = self.to_weight(lengths)
        w = ops.where(valid, w, ops.zeros_like(w))
        top_w, top_idx = ops.topk(w, self.k)
        sample_mean = top_w.mean(axis=-1)
        return top_w, top_idx, sample_mean


def make():
    np.random.seed(13)
    lengths = Tensor((np.random.rand(3, 25) * 30 + 10).astype(np.float32))
    valid = Tensor(np.random.rand(3, 25) > 0.25)
    return FixedHarvestSampler(k=5), (lengths, valid)
