# case: masked mean pooling where the valid-frame mask is built from lengths with arange < length and multiplied in -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPool(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, frame_probs, lengths):
        # frame_probs: (batch, frames, classes), lengths: (batch,)
        t = frame_probs.shape[1]
        steps = ops.arange(t).astype(ms.int32)
        mask = (steps.expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)
        mask = mask.expand_dims(-1)
        total = (frame_probs * mask).sum(axis=1)
        count = mask.sum(axis=1) + self.eps
        return total / count


class WeakTagger(nn.Cell):
    def __init__(self, in_dim=10, n_classes=6):
        super().__init__()
        self.head = nn.Dense(in_dim, n_classes)
        self.pool = MaskedMeanPool()

    def construct(self, feats, lengths):
        return self.pool(ops.sigmoid(self.head(feats)), lengths)


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(3, 20, 10).astype(np.float32))
    lengths = Tensor(np.array([20, 14, 9], dtype=np.int32))
    return WeakTagger(), (feats, lengths)
