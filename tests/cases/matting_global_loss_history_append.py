# case: gradient loss appends every value to a module-level history list from inside construct -> global state mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOSS_HISTORY = []


class AlphaGradientLoss(nn.Cell):
    def __init__(self):
        super().__init__()

    def grads(self, x):
        gx = x[:, :, :, 1:] - x[:, :, :, :-1]
        gy = x[:, :, 1:, :] - x[:, :, :-1, :]
        return gx, gy

    def construct(self, pred, gt):
        pgx, pgy = self.grads(pred)
        ggx, ggy = self.grads(gt)
        loss = ops.abs(pgx - ggx).mean() + ops.abs(pgy - ggy).mean()
        LOSS_HISTORY.append(loss)
        return loss


def make():
    np.random.seed(11)
    pred = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    gt = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    return AlphaGradientLoss(), (pred, gt)
