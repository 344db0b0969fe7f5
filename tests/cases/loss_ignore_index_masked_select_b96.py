# case: per-token CE then drops ignored tokens with ops.masked_select before mean; expect dynamic shape at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenCE(nn.Cell):
    def __init__(self, ignore_index=-100, reduction="mean"):
        super().__init__()
        self.ignore_index = ignore_index
        self.reduction = reduction

    def per_token(self, logits, labels):
        safe = ops.where(labels == self.ignore_index, ops.zeros_like(labels), labels)
        logp = ops.log_softmax(logits, -1)
        picked = ops.gather_elements(logp, 1, safe.reshape(-1, 1))
        return -picked.squeeze(1)

    def construct(self, logits, labels):
        loss = self.per_token(logits, labels)
        keep = labels != self.ignore_index
        loss = ops.masked_select(loss, keep)
        if self.reduction == "sum":
            return loss.sum()
        return loss.mean()


def make():
    logits = Tensor(np.random.randn(12, 7).astype(np.float32))
    labels = np.random.randint(0, 7, (12,)).astype(np.int32)
    labels[1] = -100
    return TokenCE(), (logits, Tensor(labels))
