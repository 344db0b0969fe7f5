# case: PointRend training point sampling with oversampling, number of points from H*W and config ratios -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UncertainPointSampler(nn.Cell):
    def __init__(self, num_points=16, oversample_ratio=3, importance_ratio=0.75):
        super().__init__()
        self.num_points = num_points
        self.oversample_ratio = oversample_ratio
        self.importance_ratio = importance_ratio

    def _uncertainty(self, logits):
        top2, _ = ops.topk(logits, 2, dim=1)
        return top2[:, 1] - top2[:, 0]

    def construct(self, coarse, rand_idx):
        n, c, h, w = coarse.shape
        num_sampled = int(self.num_points * self.oversample_ratio)
        num_uncertain = int(self.importance_ratio * self.num_points)
        num_random = self.num_points - num_uncertain
        flat = coarse.reshape(n, c, h * w)
        cand = rand_idx[:, :num_sampled]
        cand_logits = ops.gather_elements(flat, 2, ops.tile(cand.expand_dims(1), (1, c, 1)))
        unc = self._uncertainty(cand_logits)
        _, top = ops.topk(unc, num_uncertain, dim=1)
        picked = ops.gather_elements(cand, 1, top)
        if num_random > 0:
            picked = ops.concat((picked, rand_idx[:, num_sampled:num_sampled + num_random]), 1)
        return picked


def make():
    np.random.seed(17)
    coarse = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    rand_idx = Tensor(np.stack([np.random.permutation(64) for _ in range(2)]).astype(np.int32))
    return UncertainPointSampler(), (coarse, rand_idx)
