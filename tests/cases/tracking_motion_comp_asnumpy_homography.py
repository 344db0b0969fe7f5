# case: camera motion compensation inverts the frame homography with numpy on .asnumpy() before warping box corners -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CameraMotionCompensation(nn.Cell):
    def __init__(self, invert=True):
        super().__init__()
        self.invert = invert

    def homography(self, H):
        if self.invert:
            H_np = np.linalg.inv(H.asnumpy())
            return Tensor(H_np.astype(np.float32))
        return H

    def warp_points(self, pts, H):
        ones = ops.ones((pts.shape[0], 1), ms.float32)
        hom = ops.concat([pts, ones], 1)
        out = ops.matmul(hom, H.T)
        return out[:, :2] / out[:, 2:3]

    def construct(self, boxes, H):
        H = self.homography(H)
        tl = self.warp_points(boxes[:, :2], H)
        br = self.warp_points(boxes[:, 2:], H)
        return ops.concat([tl, br], 1)


def make():
    np.random.seed(15)
    boxes = Tensor((np.random.rand(5, 4) * 50).astype(np.float32))
    H = np.eye(3, dtype=np.float32)
    H[0, 2], H[1, 2] = 2.0, -1.5
    H[0, 1] = 0.01
    return CameraMotionCompensation(), (boxes, Tensor(H))
