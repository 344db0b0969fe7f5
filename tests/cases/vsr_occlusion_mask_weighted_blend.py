# case: frame interpolation blending two warped frames with a soft occlusion mask multiplied in and a masked mean loss -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OcclusionBlend(nn.Cell):
    def __init__(self, ch=3, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.mask_head = nn.Conv2d(ch * 2, 1, 3, pad_mode="same")

    def construct(self, warped0, warped1, t, target):
        occ = ops.sigmoid(self.mask_head(ops.cat((warped0, warped1), axis=1)))
        w0 = (1.0 - t) * occ
        w1 = t * (1.0 - occ)
        blended = (w0 * warped0 + w1 * warped1) / (w0 + w1 + self.eps)
        valid = (occ > 0.1).astype(ms.float32) * (occ < 0.9).astype(ms.float32)
        loss = (ops.abs(blended - target) * valid).sum() / (valid.sum() * 3 + self.eps)
        return blended, loss


def make():
    np.random.seed(8)
    a = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    gt = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return OcclusionBlend(), (a, b, 0.5, gt)
