# case: strong-label frame loss with an optional padding mask tested with `is None` -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrongLabelLoss(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, frame_probs, strong_labels, frame_mask=None):
        p = ops.clamp(frame_probs, self.eps, 1.0 - self.eps)
        bce = -(strong_labels * ops.log(p) + (1 - strong_labels) * ops.log(1 - p))
        if frame_mask is None:
            return bce.mean()
        m = frame_mask.expand_dims(-1)
        return (bce * m).sum() / (m.sum() * bce.shape[-1] + self.eps)


class Wrapper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.loss = StrongLabelLoss()

    def construct(self, probs, labels, mask):
        return self.loss(probs, labels, mask) + self.loss(probs, labels)


def make():
    np.random.seed(34)
    probs = Tensor(np.random.rand(2, 10, 3).astype(np.float32))
    labels = Tensor((np.random.rand(2, 10, 3) > 0.6).astype(np.float32))
    mask = Tensor(np.concatenate([np.ones((2, 7)), np.zeros((2, 3))], axis=1).astype(np.float32))
    return Wrapper(), (probs, labels, mask)
