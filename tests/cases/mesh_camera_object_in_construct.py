# case: instantiate a plain Python camera helper class inside construct and mutate its attribute with a tensor before projecting -> error or fallback in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PinholeCam:
    def __init__(self, focal, cx, cy):
        self.focal = focal
        self.cx = cx
        self.cy = cy

    def project(self, pts):
        u = self.focal * pts[:, 0] / pts[:, 2] + self.cx
        v = self.focal * pts[:, 1] / pts[:, 2] + self.cy
        return ops.stack((u, v), axis=-1)


class AvatarRenderer2D(nn.Cell):
    def __init__(self, img_w=256, img_h=256):
        super().__init__()
        self.img_w = img_w
        self.img_h = img_h

    def construct(self, verts, focal):
        cam = PinholeCam(500.0, self.img_w / 2, self.img_h / 2)
        cam.focal = focal
        return cam.project(verts)


def make():
    np.random.seed(0)
    v = np.random.randn(15, 3).astype(np.float32)
    v[:, 2] = np.abs(v[:, 2]) + 4.0
    return AvatarRenderer2D(), (Tensor(v), Tensor(450.0, ms.float32))
