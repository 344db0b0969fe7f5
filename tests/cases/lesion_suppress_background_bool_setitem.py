# case: suppresses predictions outside a dilated ground-truth ROI by boolean-mask item assignment -> may compile as masked fill (static) or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ROISuppress(nn.Cell):
    def __init__(self, margin=2, floor=0.0):
        super().__init__()
        k = 2 * margin + 1
        self.pool = nn.MaxPool2d(kernel_size=k, stride=1, pad_mode="same")
        self.floor = floor

    def construct(self, probs, roi_mask):
        roi = self.pool(roi_mask)
        out = probs.copy()
        out[roi == 0] = self.floor
        return out


def make():
    np.random.seed(50)
    p = np.random.rand(1, 1, 14, 14).astype(np.float32)
    m = np.zeros((1, 1, 14, 14), dtype=np.float32)
    m[0, 0, 5:9, 4:10] = 1.0
    return ROISuppress(), (Tensor(p), Tensor(m))
