# case: convert the person bounding-box size tensor to a Python float to rescale crop keypoints -> error or host round trip in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropToImage(nn.Cell):
    """Map keypoints predicted in a square crop back to full-image pixels."""

    def __init__(self, crop_size=256):
        super().__init__()
        self.crop_size = crop_size

    def construct(self, kp_crop, bbox):
        # bbox: (4,) = x0, y0, w, h
        side = float(ops.maximum(bbox[2], bbox[3]))
        scale = side / self.crop_size
        offset = bbox[:2]
        return kp_crop * scale + offset


def make():
    np.random.seed(0)
    kp = Tensor(np.random.rand(17, 2).astype(np.float32) * 256)
    bbox = Tensor(np.array([40.0, 30.0, 120.0, 200.0], np.float32))
    return CropToImage(), (kp, bbox)
