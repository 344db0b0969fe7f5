# case: depth from disparity, back-projects only valid pixels to a point cloud via nonzero indices -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DisparityToPoints(nn.Cell):
    def __init__(self, focal=50.0, baseline=0.1, cx=8.0, cy=6.0, min_disp=0.5):
        super().__init__()
        self.focal = focal
        self.baseline = baseline
        self.cx = cx
        self.cy = cy
        self.min_disp = min_disp

    def depth(self, disp):
        safe = ops.maximum(disp, self.min_disp)
        return self.focal * self.baseline / safe

    def construct(self, disp):
        z = self.depth(disp)
        valid = disp > self.min_disp
        idx = ops.nonzero(valid)
        v = idx[:, 0].astype(ms.float32)
        u = idx[:, 1].astype(ms.float32)
        zz = ops.gather_nd(z, idx)
        x = (u - self.cx) * zz / self.focal
        y = (v - self.cy) * zz / self.focal
        return ops.stack([x, y, zz], axis=1)


def make():
    np.random.seed(3)
    disp = Tensor((np.random.rand(12, 16) * 4).astype(np.float32))
    return DisparityToPoints(), (disp,)
