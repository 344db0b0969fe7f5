# case: weak-perspective projection accepting camera either as a tuple (s, tx, ty) or as a tensor, dispatched by isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeakPerspectiveProjector(nn.Cell):
    def __init__(self, img_size=224):
        super().__init__()
        self.half = img_size / 2.0

    def split_cam(self, cam):
        if isinstance(cam, tuple):
            s, tx, ty = cam
            return s, ops.stack((tx, ty), axis=-1)
        return cam[:, 0:1], cam[:, 1:3]

    def construct(self, joints, cam):
        # joints: (B, J, 3); cam: (B, 3) tensor or tuple of (B,) tensors
        s, t = self.split_cam(cam)
        if isinstance(cam, tuple):
            s = s.reshape(-1, 1)
        xy = s.expand_dims(-1) * (joints[:, :, :2] + t.expand_dims(1))
        return (xy + 1.0) * self.half


def make():
    np.random.seed(0)
    j = Tensor(np.random.randn(2, 17, 3).astype(np.float32) * 0.3)
    cam = Tensor(np.array([[0.9, 0.0, 0.1], [1.1, -0.1, 0.0]], np.float32))
    return WeakPerspectiveProjector(), (j, cam)
