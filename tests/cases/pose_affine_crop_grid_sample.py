# case: differentiable top-down crop: affine grid from person box center/scale and rotation, grid_sample to a fixed input size -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffineBoxCrop(nn.Cell):
    def __init__(self, out_h=64, out_w=48, rotation_deg=0.0, scale_pad=1.25):
        super().__init__()
        self.out_h, self.out_w = out_h, out_w
        self.cos = math.cos(math.radians(rotation_deg))
        self.sin = math.sin(math.radians(rotation_deg))
        self.scale_pad = scale_pad

    def theta_from_boxes(self, boxes, img_h, img_w):
        cx = (boxes[:, 0] + boxes[:, 2]) * 0.5 / img_w * 2 - 1
        cy = (boxes[:, 1] + boxes[:, 3]) * 0.5 / img_h * 2 - 1
        sx = (boxes[:, 2] - boxes[:, 0]) / img_w * self.scale_pad
        sy = (boxes[:, 3] - boxes[:, 1]) / img_h * self.scale_pad
        row0 = ops.stack([sx * self.cos, -sy * self.sin, cx], axis=-1)
        row1 = ops.stack([sx * self.sin, sy * self.cos, cy], axis=-1)
        return ops.stack([row0, row1], axis=1)

    def construct(self, images, boxes):
        n, c, h, w = images.shape
        theta = self.theta_from_boxes(boxes, h, w)
        grid = ops.affine_grid(theta, (n, c, self.out_h, self.out_w), align_corners=False)
        return ops.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def make():
    np.random.seed(41)
    img = np.random.rand(2, 3, 96, 128).astype(np.float32)
    boxes = np.array([[20, 10, 70, 90], [60, 20, 120, 95]], np.float32)
    return AffineBoxCrop(), (Tensor(img), Tensor(boxes))
