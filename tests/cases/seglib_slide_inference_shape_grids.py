# case: sliding-window inference whose grid count and window offsets come from img.shape and the crop/stride config, crops pasted back with pad and averaged by a count map -> shapes and loop bounds are Python ints, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestConfig:
    mode = "slide"
    crop_size = (16, 16)
    stride = (12, 12)


class SimpleDecodeHead(nn.Cell):
    def __init__(self, in_channels, num_classes):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, 8, 3, pad_mode="same")
        self.conv_seg = nn.Conv2d(8, num_classes, 1, has_bias=True)
        self.relu = nn.ReLU()

    def construct(self, x):
        return self.conv_seg(self.relu(self.conv(x)))


def grid_count(size, crop, stride):
    return max(size - crop + stride - 1, 0) // stride + 1


class SlideSegmentor(nn.Cell):
    def __init__(self, test_cfg, in_channels=3, num_classes=4):
        super().__init__()
        self.h_crop, self.w_crop = test_cfg.crop_size
        self.h_stride, self.w_stride = test_cfg.stride
        self.num_classes = num_classes
        self.decode_head = SimpleDecodeHead(in_channels, num_classes)

    def construct(self, img):
        batch, _, h_img, w_img = img.shape
        h_grids = grid_count(h_img, self.h_crop, self.h_stride)
        w_grids = grid_count(w_img, self.w_crop, self.w_stride)
        preds = ops.zeros((batch, self.num_classes, h_img, w_img), ms.float32)
        count = ops.zeros((batch, 1, h_img, w_img), ms.float32)
        for h_idx in range(h_grids):
            for w_idx in range(w_grids):
                y1 = min(h_idx * self.h_stride, max(h_img - self.h_crop, 0))
                x1 = min(w_idx * self.w_stride, max(w_img - self.w_crop, 0))
                y2, x2 = y1 + self.h_crop, x1 + self.w_crop
                crop_logit = self.decode_head(img[:, :, y1:y2, x1:x2])
                pad = (x1, w_img - x2, y1, h_img - y2)
                preds = preds + ops.pad(crop_logit, pad)
                count = count + ops.pad(ops.ones_like(crop_logit[:, :1]), pad)
        return preds / count


def make():
    np.random.seed(3446)
    img = Tensor(np.random.randn(1, 3, 28, 28).astype(np.float32))
    return SlideSegmentor(TestConfig()), (img,)
