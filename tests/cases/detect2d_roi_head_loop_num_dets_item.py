# case: mask head loops over the first num_dets detections, the count read with .item() from a tensor input -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskRoIHead(nn.Cell):
    def __init__(self, in_channels=4, roi_size=7, mask_size=14):
        super().__init__()
        self.roi_size = roi_size
        self.mask_size = mask_size
        self.conv = nn.Conv2d(in_channels, in_channels, 3, pad_mode="same")
        self.logits = nn.Conv2d(in_channels, 1, 1)

    def crop_roi(self, feat, box):
        crop = ops.interpolate(feat, size=(self.roi_size, self.roi_size), mode="bilinear")
        return crop * ops.sigmoid(box.mean())

    def construct(self, feat, boxes, num_dets):
        masks = []
        n = num_dets.item()
        for i in range(n):
            roi = self.crop_roi(feat, boxes[i])
            m = self.logits(ops.relu(self.conv(roi)))
            masks.append(ops.interpolate(m, size=(self.mask_size, self.mask_size), mode="bilinear"))
        return ops.concat(masks, axis=0)


def make():
    np.random.seed(37)
    feat = Tensor(np.random.randn(1, 4, 16, 16).astype(np.float32))
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32) * 16)
    num_dets = Tensor(3, ms.int32)
    return MaskRoIHead(), (feat, boxes, num_dets)
