# case: '{:.4f}'.format(loss.item()) printed inside construct; expect static at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossWithLog(nn.Cell):
    def __init__(self):
        super().__init__()
        self.loss_fn = nn.MSELoss()

    def construct(self, pred, target):
        loss = self.loss_fn(pred, target)
        text = "loss={:.4f}".format(loss.item())
        print(text)
        return loss


def make():
    p = Tensor(np.ones((4, 2), np.float32))
    t = Tensor(np.zeros((4, 2), np.float32))
    return LossWithLog(), (p, t)
