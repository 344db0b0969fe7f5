# case: pairwise hinge loss falls back to a pointwise BCE scalar when the batch has no positive/negative pair, chosen by an if on a tensor with same-shape branches -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HingeWithFallback(nn.Cell):
    def __init__(self, margin=1.0, fallback_weight=0.1):
        super().__init__()
        self.margin = margin
        self.fallback_weight = fallback_weight
        self.bce = nn.BCEWithLogitsLoss()

    def _pair_loss(self, scores, labels):
        pos = labels.expand_dims(-1) > labels.expand_dims(-2)
        w = pos.astype(ms.float32)
        diff = scores.expand_dims(-1) - scores.expand_dims(-2)
        hinge = ops.relu(self.margin - diff)
        return (hinge * w).sum() / ops.maximum(w.sum(), 1.0), w.sum()

    def construct(self, scores, labels):
        pair_loss, n_pairs = self._pair_loss(scores, labels)
        if n_pairs > 0:
            loss = pair_loss
        else:
            loss = self.fallback_weight * self.bce(scores, (labels > 0).astype(ms.float32))
        return loss


def make():
    np.random.seed(27)
    scores = Tensor(np.random.randn(3, 5).astype(np.float32))
    labels = Tensor(np.array([[1, 0, 0, 0, 0], [0, 0, 0, 0, 0], [2, 1, 0, 0, 1]], np.float32))
    return HingeWithFallback(), (scores, labels)
