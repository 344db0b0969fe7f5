# case: hard-pixel pool grown in a bounded loop that breaks on a tensor count and concatenates more sorted losses each round -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BootstrappedBCE(nn.Cell):
    def __init__(self, min_kept=6, chunk=4, max_rounds=8):
        super().__init__()
        self.min_kept = min_kept
        self.chunk = chunk
        self.max_rounds = max_rounds
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def _sorted_losses(self, logits, target):
        losses = self.bce(logits, target).reshape(-1)
        sorted_losses, _ = ops.sort(losses, descending=True)
        return sorted_losses

    def construct(self, logits, target, threshold):
        sorted_losses = self._sorted_losses(logits, target)
        kept = sorted_losses[:self.chunk]
        start = self.chunk
        for _ in range(self.max_rounds):
            if (kept > threshold).sum() >= self.min_kept or start >= sorted_losses.shape[0]:
                break
            kept = ops.concat([kept, sorted_losses[start:start + self.chunk]])
            start = start + self.chunk
        return kept.mean()


def make():
    np.random.seed(16)
    logits = Tensor(np.random.randn(2, 1, 4, 4).astype(np.float32))
    target = Tensor((np.random.rand(2, 1, 4, 4) > 0.5).astype(np.float32))
    return BootstrappedBCE(), (logits, target, Tensor(0.7, ms.float32))
