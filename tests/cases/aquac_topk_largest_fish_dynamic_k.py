# case: picks the k largest fish for a harvest sample where k is 10 percent of the counted fish tensor -> topk with data-dependent k, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarvestSampler(nn.Cell):
    def __init__(self, sample_fraction=0.1, min_sample=1):
        super().__init__()
        self.sample_fraction = sample_fraction
        self.min_sample = min_sample

    def sample_size(self, valid):
        counted = valid.astype(ms.int32).sum()
        k = ops.maximum(ops.cast(counted * self.sample_fraction, ms.int32), self.min_sample)
        return k

    def construct(self, weights_g, valid):
        k = self.sample_size(valid)
        masked = weights_g * valid.astype(ms.float32)
        top_w, top_idx = ops.topk(masked, int(k))
        return top_w, top_idx


def make():
    np.random.seed(12)
    weights = Tensor((np.random.rand(40) * 900 + 100).astype(np.float32))
    valid = Tensor(np.random.rand(40) > 0.3)
    return HarvestSampler(), (weights, valid)
