# case: per-frame action classification loss averaged only over non-padded frames via masked_select -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameActionLoss(nn.Cell):
    """Per-frame classifier + cross entropy that ignores padded frames."""

    def __init__(self, feat_dim=24, num_classes=5, label_smoothing=0.1):
        super().__init__()
        self.classifier = nn.Dense(feat_dim, num_classes)
        self.num_classes = num_classes
        self.eps = label_smoothing

    def smoothed_targets(self, labels):
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot * (1.0 - self.eps) + self.eps / self.num_classes

    def construct(self, feats, labels, pad_mask):
        # feats: (B, T, C), labels: (B, T), pad_mask: (B, T) True for real frames
        logits = self.classifier(feats)
        logp = ops.log_softmax(logits, axis=-1)
        targets = self.smoothed_targets(labels)
        per_frame = -(targets * logp).sum(-1)
        valid_losses = ops.masked_select(per_frame, pad_mask)
        return valid_losses.mean()


def make():
    np.random.seed(2)
    feats = Tensor(np.random.randn(2, 6, 24).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(2, 6)).astype(np.int32))
    mask = Tensor(np.array([[1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1]], dtype=bool))
    return FrameActionLoss(), (feats, labels, mask)
