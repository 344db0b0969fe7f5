# case: backward warp with grid_sample, photometric L1 averaged over in-bounds pixels picked with masked_select -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PhotometricLoss(nn.Cell):
    def __init__(self, align_corners=True):
        super().__init__()
        self.align_corners = align_corners

    def warp(self, img, flow):
        _, _, h, w = img.shape
        ys, xs = ops.meshgrid(ops.arange(h, dtype=ms.float32),
                              ops.arange(w, dtype=ms.float32), indexing='ij')
        gx = 2.0 * (xs + flow[:, 0]) / (w - 1) - 1.0
        gy = 2.0 * (ys + flow[:, 1]) / (h - 1) - 1.0
        grid = ops.stack([gx, gy], axis=-1)
        warped = ops.grid_sample(img, grid, mode='bilinear', padding_mode='zeros',
                                 align_corners=self.align_corners)
        valid = (gx.abs() <= 1.0) & (gy.abs() <= 1.0)
        return warped, valid

    def construct(self, img1, img2, flow):
        warped, valid = self.warp(img2, flow)
        err = (img1 - warped).abs().mean(axis=1)
        return ops.masked_select(err, valid).mean()


def make():
    np.random.seed(1)
    img1 = Tensor(np.random.rand(2, 3, 8, 10).astype(np.float32))
    img2 = Tensor(np.random.rand(2, 3, 8, 10).astype(np.float32))
    flow = Tensor((np.random.randn(2, 2, 8, 10) * 2).astype(np.float32))
    return PhotometricLoss(), (img1, img2, flow)
