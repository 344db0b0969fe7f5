# case: counter returns only the density at inference and the density plus an MSE loss when a ground-truth map is passed, tested with `is None` -> constant None test, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CounterWithLoss(nn.Cell):
    def __init__(self, ch=3, loss_scale=100.0):
        super().__init__()
        self.body = nn.SequentialCell([nn.Conv2d(ch, 6, 3, pad_mode="same"), nn.ReLU(),
                                       nn.Conv2d(6, 1, 1), nn.ReLU()])
        self.loss_scale = loss_scale

    def construct(self, image, gt_density=None):
        density = self.body(image)
        if gt_density is None:
            return density, density.sum(axis=(1, 2, 3))
        loss = ((density - gt_density) ** 2).mean() * self.loss_scale
        return density, loss


def make():
    np.random.seed(35)
    img = np.random.rand(2, 3, 8, 8).astype(np.float32)
    gt = np.random.rand(2, 1, 8, 8).astype(np.float32) * 0.05
    return CounterWithLoss(), (Tensor(img), Tensor(gt))
