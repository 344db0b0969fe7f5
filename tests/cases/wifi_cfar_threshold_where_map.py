# case: 2-D CFAR on a range-Doppler map using avg_pool for noise and ops.where to keep detections -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CFAR2D(nn.Cell):
    def __init__(self, win=5, alpha=4.0):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=win, stride=1, pad_mode="same")
        self.alpha = alpha

    def construct(self, rd_map):
        x = rd_map.expand_dims(1)                  # (B, 1, R, D)
        noise = self.pool(x).squeeze(1)
        thresh = noise * self.alpha
        det = ops.where(rd_map > thresh, rd_map, ops.zeros_like(rd_map))
        n_det = (det > 0).astype(ms.float32).sum(axis=(1, 2))
        return det, n_det


def make():
    np.random.seed(3)
    rd = np.abs(np.random.randn(2, 16, 16)).astype(np.float32)
    rd[0, 4, 7] = 30.0
    rd[1, 9, 2] = 25.0
    return CFAR2D(), (Tensor(rd),)
