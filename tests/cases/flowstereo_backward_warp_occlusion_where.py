# case: backward warp of a feature map by flow with grid_sample; out-of-frame pixels zeroed with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureWarper(nn.Cell):
    def __init__(self, padding_mode='zeros', align_corners=True):
        super().__init__()
        self.padding_mode = padding_mode
        self.align_corners = align_corners

    def base_grid(self, b, h, w):
        xs = ops.arange(w, dtype=ms.float32).reshape(1, 1, w).broadcast_to((b, h, w))
        ys = ops.arange(h, dtype=ms.float32).reshape(1, h, 1).broadcast_to((b, h, w))
        return xs, ys

    def construct(self, feat, flow):
        b, c, h, w = feat.shape
        xs, ys = self.base_grid(b, h, w)
        x = xs + flow[:, 0]
        y = ys + flow[:, 1]
        gx = 2.0 * x / max(w - 1, 1) - 1.0
        gy = 2.0 * y / max(h - 1, 1) - 1.0
        warped = ops.grid_sample(feat, ops.stack((gx, gy), axis=3), mode='bilinear',
                                 padding_mode=self.padding_mode, align_corners=self.align_corners)
        inside = (x >= 0) & (x <= w - 1) & (y >= 0) & (y <= h - 1)
        mask = inside.expand_dims(1).broadcast_to(warped.shape)
        return ops.where(mask, warped, ops.zeros_like(warped)), inside.astype(ms.float32)


def make():
    np.random.seed(22)
    feat = Tensor(np.random.randn(2, 4, 6, 7).astype(np.float32))
    flow = Tensor((np.random.randn(2, 2, 6, 7) * 1.5).astype(np.float32))
    return FeatureWarper(), (feat, flow)
