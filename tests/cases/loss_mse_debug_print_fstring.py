# case: masked MSE prints an f-string of the loss when a verbose flag is set; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseMaskedMSE(nn.Cell):
    def __init__(self, verbose=True, pad_value=0.0):
        super().__init__()
        self.verbose = verbose
        self.pad_value = pad_value

    def construct(self, pred, target):
        mask = (target != self.pad_value).astype(ms.float32)
        loss = (((pred - target) ** 2) * mask).sum() / ops.clamp(mask.sum(), min=1.0)
        if self.verbose:
            print(f"masked mse={loss}")
        return loss


def make():
    pred = Tensor(np.random.rand(4, 6).astype(np.float32))
    target = np.random.rand(4, 6).astype(np.float32)
    target[:, 4:] = 0.0
    return VerboseMaskedMSE(), (pred, Tensor(target))
