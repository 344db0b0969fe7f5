# case: collects the distinct dominant class per frame with ops.unique to report which events occur in the clip -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DominantEventSet(nn.Cell):
    def __init__(self, in_dim=8, n_classes=6):
        super().__init__()
        self.frame_fc = nn.Dense(in_dim, n_classes)

    def frame_argmax(self, feats):
        logits = self.frame_fc(feats)
        return ops.argmax(logits, dim=-1).astype(ms.int32)

    def construct(self, feats):
        # feats: (frames, in_dim)
        dominant = self.frame_argmax(feats)
        classes, _ = ops.unique(dominant)
        return classes


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(18, 8).astype(np.float32))
    return DominantEventSet(), (feats,)
