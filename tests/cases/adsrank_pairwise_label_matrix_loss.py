# case: RankNet pairwise loss builds a fixed-size (label_i > label_j) pair mask per list and averages over valid pairs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankNetLoss(nn.Cell):
    def __init__(self, sigma=1.0, use_valid_mask=True):
        super().__init__()
        self.sigma = sigma
        self.use_valid_mask = use_valid_mask

    def _pair_mask(self, labels, valid):
        better = labels.expand_dims(-1) > labels.expand_dims(-2)
        if self.use_valid_mask:
            both_valid = ops.logical_and(valid.expand_dims(-1), valid.expand_dims(-2))
            better = ops.logical_and(better, both_valid)
        return better.astype(ms.float32)

    def construct(self, scores, labels, valid):
        pair_w = self._pair_mask(labels, valid)
        diff = scores.expand_dims(-1) - scores.expand_dims(-2)
        pair_loss = ops.softplus(-self.sigma * diff)
        n_pairs = ops.maximum(pair_w.sum(), 1.0)
        return (pair_loss * pair_w).sum() / n_pairs


def make():
    np.random.seed(7)
    scores = Tensor(np.random.randn(2, 5).astype(np.float32))
    labels = Tensor(np.array([[2, 0, 1, 0, 0], [0, 1, 0, 0, 3]], dtype=np.float32))
    valid = Tensor(np.array([[1, 1, 1, 1, 0], [1, 1, 1, 0, 0]], dtype=np.bool_))
    return RankNetLoss(), (scores, labels, valid)
