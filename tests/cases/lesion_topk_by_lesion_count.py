# case: hard-pixel mining picks topk losses with k equal to the number of lesion pixels (a tensor) -> graph mode error on tensor k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardPixelBCE(nn.Cell):
    def __init__(self, ratio=3):
        super().__init__()
        self.ratio = ratio
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def construct(self, logits, target):
        loss = self.bce(logits, target).reshape(-1)
        n_pos = target.sum().astype(ms.int32)
        k = n_pos * self.ratio
        hard, _ = ops.topk(loss, k)
        return hard.mean()


def make():
    np.random.seed(5)
    logits = np.random.randn(1, 1, 12, 12).astype(np.float32)
    t = np.zeros((1, 1, 12, 12), dtype=np.float32)
    t[0, 0, 3:6, 4:8] = 1.0
    return HardPixelBCE(), (Tensor(logits), Tensor(t))
