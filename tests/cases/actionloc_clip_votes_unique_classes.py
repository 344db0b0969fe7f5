# case: count distinct predicted classes across clips using ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipVoter(nn.Cell):
    def __init__(self, feat_dim=32, num_classes=10):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_classes)

    def construct(self, clip_feats):
        logits = self.fc(clip_feats)
        preds = ops.argmax(logits, dim=-1)
        classes, _ = ops.unique(preds)
        num_distinct = classes.shape[0]
        return classes, logits.mean(axis=0) / num_distinct


def make():
    np.random.seed(4)
    clip_feats = Tensor(np.random.randn(6, 32).astype(np.float32))
    return ClipVoter(), (clip_feats,)
