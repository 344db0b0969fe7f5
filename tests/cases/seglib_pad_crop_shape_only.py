# case: test-time pad-then-center-crop to the config crop size, where the pad amounts and crop offsets look computed but come only from img.shape and config ints -> shape-only arithmetic, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropConfig:
    crop_size = (20, 20)
    pad_val = 0.0
    seg_pad_val = 255
    size_divisor = None


def center_offsets(h, w, crop_h, crop_w):
    return max(h - crop_h, 0) // 2, max(w - crop_w, 0) // 2


class PadCenterCrop(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.crop_h, self.crop_w = config.crop_size
        self.pad_val = config.pad_val
        self.seg_pad_val = config.seg_pad_val
        self.size_divisor = config.size_divisor

    def _pad(self, x, value):
        h, w = x.shape[-2], x.shape[-1]
        pad_h = max(self.crop_h - h, 0)
        pad_w = max(self.crop_w - w, 0)
        if self.size_divisor is not None:
            pad_h = pad_h + (-(h + pad_h)) % self.size_divisor
            pad_w = pad_w + (-(w + pad_w)) % self.size_divisor
        return ops.pad(x, (0, pad_w, 0, pad_h), value=value)

    def construct(self, img, seg_label=None):
        img = self._pad(img, self.pad_val)
        top, left = center_offsets(img.shape[2], img.shape[3], self.crop_h, self.crop_w)
        img = img[:, :, top:top + self.crop_h, left:left + self.crop_w]
        if seg_label is None:
            return img
        seg_label = self._pad(seg_label, self.seg_pad_val)
        return img, seg_label[:, top:top + self.crop_h, left:left + self.crop_w]


def make():
    np.random.seed(3464)
    img = Tensor(np.random.randn(1, 3, 16, 26).astype(np.float32))
    label = Tensor(np.random.randint(0, 4, (1, 16, 26)).astype(np.int32))
    return PadCenterCrop(CropConfig()), (img, label)
