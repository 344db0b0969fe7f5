# case: OHEM sorts pixel losses and slices sorted[:n_hard] where n_hard counts losses above a threshold; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PixelOhem(nn.Cell):
    def __init__(self, thresh=0.7, min_kept=16):
        super().__init__()
        self.thresh = thresh
        self.min_kept = min_kept
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, logits, labels):
        n, c, h, w = logits.shape
        flat = logits.transpose(0, 2, 3, 1).reshape(-1, c)
        loss = self.ce(flat, labels.reshape(-1))
        sorted_loss, _ = ops.sort(loss, descending=True)
        n_hard = (loss > -ops.log(Tensor(self.thresh, ms.float32))).astype(ms.int32).sum()
        n_hard = ops.maximum(n_hard, self.min_kept)
        return sorted_loss[:n_hard].mean()


def make():
    logits = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, (2, 8, 8)).astype(np.int32))
    return PixelOhem(), (logits, labels)
