# case: edge-aware loss with fixed Sobel kernels applied depthwise via ops.conv2d on the restored and target images -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SobelEdgeLoss(nn.Cell):
    def __init__(self, channels=3, edge_weight=0.1, eps=1e-6):
        super().__init__()
        kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=np.float32)
        ky = kx.T.copy()
        self.kx = Tensor(np.tile(kx[None, None], (channels, 1, 1, 1)))
        self.ky = Tensor(np.tile(ky[None, None], (channels, 1, 1, 1)))
        self.channels = channels
        self.edge_weight = edge_weight
        self.eps = eps

    def grad_mag(self, img):
        gx = ops.conv2d(img, self.kx, pad_mode="pad", padding=1, groups=self.channels)
        gy = ops.conv2d(img, self.ky, pad_mode="pad", padding=1, groups=self.channels)
        return ops.sqrt(gx * gx + gy * gy + self.eps)

    def construct(self, pred, target):
        pix = ops.abs(pred - target).mean()
        edge = ops.abs(self.grad_mag(pred) - self.grad_mag(target)).mean()
        return pix + self.edge_weight * edge


def make():
    np.random.seed(12)
    pred = Tensor(np.random.rand(2, 3, 9, 9).astype(np.float32))
    target = Tensor(np.random.rand(2, 3, 9, 9).astype(np.float32))
    return SobelEdgeLoss(), (pred, target)
