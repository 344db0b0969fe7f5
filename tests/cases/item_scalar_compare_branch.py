# case: loss.item() compared to a Python threshold to choose a branch; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipLoss(nn.Cell):
    def __init__(self, max_loss=10.0):
        super().__init__()
        self.max_loss = max_loss
        self.loss_fn = nn.L1Loss()

    def construct(self, pred, target):
        loss = self.loss_fn(pred, target)
        if loss.item() > self.max_loss:
            loss = loss * (self.max_loss / loss)
        return loss


def make():
    p = Tensor(np.ones((4, 2), np.float32))
    return ClipLoss(), (p, Tensor(np.zeros((4, 2), np.float32)))
