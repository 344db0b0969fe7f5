# case: training-time random crop cell that reads the crop offsets from an offset tensor with .item() and slices image and label with them, cat_max_ratio check skipped -> slice bounds from tensor values (dynamic or rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropConfig:
    crop_size = (16, 16)
    cat_max_ratio = 1.0
    ignore_index = 255


class RandomCrop(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.crop_h, self.crop_w = config.crop_size
        self.cat_max_ratio = config.cat_max_ratio
        self.ignore_index = config.ignore_index

    def _bbox(self, offset):
        top = offset[0].item()
        left = offset[1].item()
        return top, top + self.crop_h, left, left + self.crop_w

    def construct(self, img, seg_label, offset):
        y1, y2, x1, x2 = self._bbox(offset)
        img = img[:, :, y1:y2, x1:x2]
        seg_label = seg_label[:, y1:y2, x1:x2]
        if self.cat_max_ratio < 1.0:
            seg_label = ops.where(seg_label == self.ignore_index, ops.zeros_like(seg_label), seg_label)
        return img, seg_label


def make():
    np.random.seed(3463)
    img = Tensor(np.random.randn(1, 3, 24, 24).astype(np.float32))
    label = Tensor(np.random.randint(0, 4, (1, 24, 24)).astype(np.int32))
    offset = Tensor(np.array([5, 3], dtype=np.int32))
    return RandomCrop(CropConfig()), (img, label, offset)
