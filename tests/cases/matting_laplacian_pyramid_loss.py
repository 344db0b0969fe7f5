# case: Laplacian pyramid alpha loss with a constant number of levels using avg_pool2d and nearest upsampling -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaplacianLoss(nn.Cell):
    def __init__(self, levels=3):
        super().__init__()
        self.levels = levels

    def pyramid(self, x):
        pyr = []
        cur = x
        for _ in range(self.levels):
            down = ops.avg_pool2d(cur, kernel_size=2, stride=2)
            up = ops.interpolate(down, scale_factor=2.0, mode="nearest", recompute_scale_factor=True)
            pyr.append(cur - up)
            cur = down
        pyr.append(cur)
        return pyr

    def construct(self, pred, gt):
        pp = self.pyramid(pred)
        pg = self.pyramid(gt)
        loss = 0.0
        for i in range(len(pp)):
            loss = loss + (2 ** i) * ops.abs(pp[i] - pg[i]).mean()
        return loss


def make():
    np.random.seed(30)
    pred = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    gt = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    return LaplacianLoss(), (pred, gt)
