# case: coarse-to-fine flow pyramid (avg-pooled levels) whose estimates are upsampled back to the input size from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PyramidFlow(nn.Cell):
    def __init__(self, in_ch=3, num_levels=3):
        super().__init__()
        self.num_levels = num_levels
        self.pool = nn.AvgPool2d(2, 2)
        self.estimators = nn.CellList(
            [nn.Conv2d(2 * in_ch + 2, 2, 3, pad_mode='same') for _ in range(num_levels)])

    def build_pyramid(self, img):
        pyr = [img]
        for _ in range(self.num_levels - 1):
            pyr.append(self.pool(pyr[-1]))
        return pyr[::-1]

    def construct(self, img1, img2):
        p1 = self.build_pyramid(img1)
        p2 = self.build_pyramid(img2)
        b, _, h0, w0 = p1[0].shape
        flow = ops.zeros((b, 2, h0, w0), ms.float32)
        for lvl, est in enumerate(self.estimators):
            h, w = p1[lvl].shape[-2:]
            if lvl > 0:
                flow = 2.0 * ops.interpolate(flow, size=(h, w), mode='bilinear', align_corners=False)
            flow = flow + est(ops.cat([p1[lvl], p2[lvl], flow], axis=1))
        H, W = img1.shape[2], img1.shape[3]
        return ops.interpolate(flow, size=(H, W), mode='bilinear', align_corners=False)


def make():
    np.random.seed(24)
    a = Tensor(np.random.rand(1, 3, 16, 24).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 16, 24).astype(np.float32))
    return PyramidFlow(), (a, b)
