# case: online hard example mining keeping a fixed fraction of pixels, k computed from the input shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OHEMLoss(nn.Cell):
    def __init__(self, keep_ratio=0.25):
        super().__init__()
        self.keep_ratio = keep_ratio
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def construct(self, logits, target):
        loss = self.bce(logits, target).reshape(logits.shape[0], -1)
        n_pix = loss.shape[1]
        k = max(1, int(n_pix * self.keep_ratio))
        hard, _ = ops.topk(loss, k, dim=1)
        return hard.mean()


def make():
    np.random.seed(36)
    lg = np.random.randn(2, 1, 12, 12).astype(np.float32)
    t = (np.random.rand(2, 1, 12, 12) > 0.85).astype(np.float32)
    return OHEMLoss(), (Tensor(lg), Tensor(t))
