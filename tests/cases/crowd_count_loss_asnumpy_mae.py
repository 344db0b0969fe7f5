# case: count loss that also computes the batch MAE through .asnumpy() and NumPy inside construct -> host round trip not allowed in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CountLoss(nn.Cell):
    def __init__(self, density_weight=1.0, count_weight=0.01):
        super().__init__()
        self.mse = nn.MSELoss()
        self.density_weight = density_weight
        self.count_weight = count_weight

    def construct(self, pred, gt):
        pred_count = pred.sum(axis=(1, 2, 3))
        gt_count = gt.sum(axis=(1, 2, 3))
        err = ops.abs(pred_count - gt_count)
        mae = float(np.mean(err.asnumpy()))
        loss = self.density_weight * self.mse(pred, gt) + self.count_weight * err.mean()
        return loss, mae


def make():
    np.random.seed(3)
    pred = np.random.rand(2, 1, 8, 8).astype(np.float32) * 0.1
    gt = np.random.rand(2, 1, 8, 8).astype(np.float32) * 0.1
    return CountLoss(), (Tensor(pred), Tensor(gt))
