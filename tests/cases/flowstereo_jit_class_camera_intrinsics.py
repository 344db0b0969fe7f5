# case: @jit_class stereo camera (focal, baseline, principal point) built in __init__ and only read in construct to reproject depth -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class StereoCamera:
    def __init__(self, fx=50.0, fy=50.0, cx=4.0, cy=3.0, baseline=0.1):
        self.fx = fx
        self.fy = fy
        self.cx = cx
        self.cy = cy
        self.baseline = baseline

    def depth(self, disp):
        return self.fx * self.baseline / ops.maximum(disp, 1e-3)


class DisparityReprojector(nn.Cell):
    def __init__(self, camera=None):
        super().__init__()
        self.cam = camera if camera is not None else StereoCamera()

    def construct(self, disp):
        _, h, w = disp.shape
        z = self.cam.depth(disp)
        u = ops.arange(w, dtype=ms.float32).reshape(1, 1, w)
        v = ops.arange(h, dtype=ms.float32).reshape(1, h, 1)
        x = (u - self.cam.cx) * z / self.cam.fx
        y = (v - self.cam.cy) * z / self.cam.fy
        return ops.stack([x, y, z], axis=1)


def make():
    np.random.seed(37)
    disp = Tensor((np.random.rand(2, 6, 8) * 5).astype(np.float32))
    return DisparityReprojector(), (disp,)
