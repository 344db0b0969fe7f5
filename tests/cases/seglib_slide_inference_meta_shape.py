# case: sliding-window inference whose grid count and window offsets are computed from an img_meta tensor holding the valid image size (int() of tensor values) -> loop count and slice bounds come from tensor data (dynamic or rejected)
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
        self.conv_seg = nn.Conv2d(in_channels, num_classes, 1, has_bias=True)

    def construct(self, x):
        return self.conv_seg(x)


class SlideSegmentor(nn.Cell):
    def __init__(self, test_cfg, in_channels=3, num_classes=4):
        super().__init__()
        self.h_crop, self.w_crop = test_cfg.crop_size
        self.h_stride, self.w_stride = test_cfg.stride
        self.num_classes = num_classes
        self.decode_head = SimpleDecodeHead(in_channels, num_classes)

    def _grids(self, img_meta):
        h_img, w_img = int(img_meta[0]), int(img_meta[1])
        h_grids = max(h_img - self.h_crop + self.h_stride - 1, 0) // self.h_stride + 1
        w_grids = max(w_img - self.w_crop + self.w_stride - 1, 0) // self.w_stride + 1
        return h_img, w_img, h_grids, w_grids

    def construct(self, img, img_meta):
        h_img, w_img, h_grids, w_grids = self._grids(img_meta)
        preds = ops.zeros((img.shape[0], self.num_classes, h_img, w_img), ms.float32)
        count = ops.zeros((img.shape[0], 1, h_img, w_img), ms.float32)
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
    np.random.seed(3445)
    img = Tensor(np.random.randn(1, 3, 28, 28).astype(np.float32))
    meta = Tensor(np.array([28, 28], dtype=np.int32))
    return SlideSegmentor(TestConfig()), (img, meta)
