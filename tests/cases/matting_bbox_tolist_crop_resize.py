# case: converts a bbox tensor to Python ints with tolist, crops the portrait region and resizes it to a fixed refinement size -> host round trip and tensor-valued slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PortraitCropRefiner(nn.Cell):
    def __init__(self, out_size=(8, 8)):
        super().__init__()
        self.out_size = out_size
        self.head = nn.Conv2d(4, 1, 3, pad_mode="same")

    def construct(self, image, alpha, bbox):
        y0, x0, y1, x1 = bbox.tolist()
        crop = ops.concat((image, alpha), 1)[:, :, y0:y1, x0:x1]
        crop = ops.interpolate(crop, size=self.out_size, mode="bilinear", align_corners=False)
        return ops.sigmoid(self.head(crop))


def make():
    np.random.seed(17)
    image = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    alpha = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    bbox = Tensor(np.array([2, 3, 13, 12], np.int32))
    return PortraitCropRefiner(), (image, alpha, bbox)
