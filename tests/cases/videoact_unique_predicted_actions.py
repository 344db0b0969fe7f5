# case: video-level multi-label vector built from the set of distinct per-frame argmax classes using ops.unique -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameVoteToVideoLabels(nn.Cell):
    """Turns per-frame predictions into a video-level multi-hot label vector."""

    def __init__(self, feat_dim=12, num_classes=6):
        super().__init__()
        self.head = nn.Dense(feat_dim, num_classes)
        self.num_classes = num_classes

    def construct(self, frame_feats):
        logits = self.head(frame_feats)  # (T, K)
        pred = logits.argmax(-1).astype(ms.int32)
        classes, _ = ops.unique(pred)
        updates = ops.ones(classes.shape, ms.float32)
        multi_hot = ops.zeros((self.num_classes,), ms.float32)
        multi_hot = ops.tensor_scatter_update(multi_hot, classes.expand_dims(-1), updates)
        return multi_hot, ops.sigmoid(logits.mean(0))


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(9, 12).astype(np.float32))
    return FrameVoteToVideoLabels(), (x,)
