# case: OHEM keeps the n hardest samples where n = (loss > thresh).sum().item(), sliced from a descending sort; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdOhem(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def construct(self, logits, targets):
        loss = self.bce(logits, targets).mean(-1)
        s, _ = ops.sort(loss, descending=True)
        n = (loss > self.thresh).sum().item()
        return s[:n].mean()


def make():
    logits = Tensor(np.random.randn(40, 3).astype(np.float32))
    targets = Tensor(np.random.randint(0, 2, (40, 3)).astype(np.float32))
    return ThresholdOhem(), (logits, targets)
