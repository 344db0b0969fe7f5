# case: depth from disparity with invalid pixels (zero / below min disparity) masked by where and a fixed-size valid map -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DisparityToDepth(nn.Cell):
    def __init__(self, focal=721.5, baseline=0.54, min_disp=1e-2, max_depth=80.0, return_mask=True):
        super().__init__()
        self.focal = focal
        self.baseline = baseline
        self.min_disp = min_disp
        self.max_depth = max_depth
        self.return_mask = return_mask

    def construct(self, disp, focal_scale=1.0):
        valid = disp > self.min_disp
        safe = ops.where(valid, disp, ops.ones_like(disp))
        depth = self.focal * focal_scale * self.baseline / safe
        valid = valid & (depth < self.max_depth)
        depth = ops.where(valid, depth, ops.zeros_like(depth))
        if self.return_mask:
            return depth, valid
        return depth


def make():
    np.random.seed(26)
    d = (np.random.rand(2, 1, 6, 8) * 60).astype(np.float32)
    d[0, 0, 0, :3] = 0.0
    return DisparityToDepth(), (Tensor(d), 0.5)
