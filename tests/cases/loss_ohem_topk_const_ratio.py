# case: OHEM keeps top-k hardest samples where k = int(batch * ratio) from static shape; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OhemCELoss(nn.Cell):
    def __init__(self, keep_ratio=0.25, min_kept=2):
        super().__init__()
        self.keep_ratio = keep_ratio
        self.min_kept = min_kept
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, logits, labels):
        per_sample = self.ce(logits, labels)
        batch = logits.shape[0]
        k = max(int(batch * self.keep_ratio), self.min_kept)
        hard, _ = ops.topk(per_sample, k)
        return hard.mean()


def make():
    logits = Tensor(np.random.randn(32, 5).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, (32,)).astype(np.int32))
    return OhemCELoss(), (logits, labels)
