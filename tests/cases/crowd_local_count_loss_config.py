# case: local counting loss over non-overlapping windows whose size and weights come from a plain Python config object read in __init__ -> constants only, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    window = 4
    local_weight = 0.1
    global_weight = 0.01


class LocalCountLoss(nn.Cell):
    def __init__(self, cfg=LossConfig()):
        super().__init__()
        self.window = cfg.window
        self.local_weight = cfg.local_weight
        self.global_weight = cfg.global_weight
        self.pool = nn.AvgPool2d(kernel_size=cfg.window, stride=cfg.window)

    def local_counts(self, density):
        return self.pool(density) * (self.window * self.window)

    def construct(self, pred, gt):
        pixel = ((pred - gt) ** 2).mean()
        local = ops.abs(self.local_counts(pred) - self.local_counts(gt)).mean()
        glob = ops.abs(pred.sum(axis=(1, 2, 3)) - gt.sum(axis=(1, 2, 3))).mean()
        return pixel + self.local_weight * local + self.global_weight * glob


def make():
    np.random.seed(47)
    pred = np.random.rand(2, 1, 16, 16).astype(np.float32) * 0.1
    gt = np.random.rand(2, 1, 16, 16).astype(np.float32) * 0.1
    return LocalCountLoss(), (Tensor(pred), Tensor(gt))
