# case: CTC training head computes input/label lengths from padding masks as tensors and feeds nn.CTCLoss -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCTrainHead(nn.Cell):
    def __init__(self, hidden=32, num_classes=12, blank_id=0, use_log_softmax=True):
        super().__init__()
        self.classifier = nn.Dense(hidden, num_classes)
        self.use_log_softmax = use_log_softmax
        self.loss_fn = nn.CTCLoss(blank=blank_id, reduction="mean", zero_infinity=True)

    def _lengths(self, mask):
        return mask.astype(ms.int32).sum(axis=1)

    def construct(self, feats, feat_mask, labels, label_mask):
        logits = self.classifier(feats)  # (B, T, C)
        if self.use_log_softmax:
            logits = ops.log_softmax(logits, axis=-1)
        log_probs = logits.transpose(1, 0, 2)  # (T, B, C)
        input_lengths = self._lengths(feat_mask)
        target_lengths = self._lengths(label_mask)
        loss = self.loss_fn(log_probs, labels, input_lengths, target_lengths)
        return loss


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    feat_mask = Tensor(np.array([[1] * 16, [1] * 12 + [0] * 4], dtype=np.int32))
    labels = Tensor(np.random.randint(1, 12, size=(2, 6)).astype(np.int32))
    label_mask = Tensor(np.array([[1] * 6, [1] * 4 + [0] * 2], dtype=np.int32))
    return CTCTrainHead(), (feats, feat_mask, labels, label_mask)
