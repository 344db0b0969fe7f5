# case: OHEM with a threshold taken from sorted[min_kept] (constant index) and a mask-weighted mean; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P


class OhemMaskLoss(nn.Cell):
    def __init__(self, thresh=0.7, min_kept=16):
        super().__init__()
        self.thresh = -np.log(thresh)
        self.min_kept = min_kept
        self.ce = nn.CrossEntropyLoss(reduction="none")
        self.sort = P.Sort(descending=True)

    def construct(self, logits, labels):
        c = logits.shape[1]
        flat = logits.transpose(0, 2, 3, 1).reshape(-1, c)
        loss = self.ce(flat, labels.reshape(-1))
        sorted_loss, _ = self.sort(loss)
        kth = sorted_loss[self.min_kept]
        cut = ops.minimum(kth, Tensor(self.thresh, ms.float32))
        w = (loss >= cut).astype(ms.float32)
        return (loss * w).sum() / ops.clamp(w.sum(), min=1.0)


def make():
    logits = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, (2, 8, 8)).astype(np.int32))
    return OhemMaskLoss(), (logits, labels)
