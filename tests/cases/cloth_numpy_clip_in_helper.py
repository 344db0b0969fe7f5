# case: helper method that clips warped keypoints to the image with np.clip on the tensor before the occlusion check -> NumPy call on a tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarpedKeypointCheck(nn.Cell):
    def __init__(self, height=32, width=24):
        super().__init__()
        self.height = height
        self.width = width

    def clip_to_image(self, kps):
        x = np.clip(kps[:, 0], 0, self.width - 1)
        y = np.clip(kps[:, 1], 0, self.height - 1)
        return ops.stack([Tensor(x), Tensor(y)], axis=1)

    def construct(self, kps, affine):
        homo = ops.concat([kps, ops.ones((kps.shape[0], 1), ms.float32)], axis=1)
        warped = ops.matmul(homo, affine.T)
        clipped = self.clip_to_image(warped)
        return clipped, ((warped - clipped) ** 2).sum(axis=1)


def make():
    np.random.seed(20)
    kps = Tensor((np.random.rand(10, 2) * 30).astype(np.float32))
    affine = Tensor(np.array([[1.1, 0.05, 2.0], [0.0, 0.95, -1.0]], np.float32))
    return WarpedKeypointCheck(), (kps, affine)
