# case: RandomResizedCrop on device: per-image normalized boxes sampled from scale/ratio ranges, then ops.crop_and_resize to a fixed output size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomResizedCrop(nn.Cell):
    def __init__(self, out_size=(8, 8), scale=(0.3, 1.0), ratio=(0.75, 1.333)):
        super().__init__()
        self.out_size = out_size
        self.scale = scale
        self.log_ratio = (float(np.log(ratio[0])), float(np.log(ratio[1])))

    def sample_boxes(self, n):
        area = ops.uniform((n, 1), Tensor(self.scale[0]), Tensor(self.scale[1]))
        log_r = ops.uniform((n, 1), Tensor(self.log_ratio[0]), Tensor(self.log_ratio[1]))
        r = ops.exp(log_r)
        bh = ops.clamp(ops.sqrt(area / r), 0.05, 1.0)
        bw = ops.clamp(ops.sqrt(area * r), 0.05, 1.0)
        y1 = ops.rand((n, 1)) * (1.0 - bh)
        x1 = ops.rand((n, 1)) * (1.0 - bw)
        return ops.cat((y1, x1, y1 + bh, x1 + bw), axis=1)

    def construct(self, images):
        n = images.shape[0]
        nhwc = images.transpose(0, 2, 3, 1)
        boxes = self.sample_boxes(n)
        box_index = ops.arange(n).astype(ms.int32)
        crops = ops.crop_and_resize(nhwc, boxes, box_index, self.out_size)
        return crops.transpose(0, 3, 1, 2)


def make():
    np.random.seed(35)
    imgs = Tensor(np.random.rand(3, 3, 16, 16).astype(np.float32))
    return RandomResizedCrop(), (imgs,)
