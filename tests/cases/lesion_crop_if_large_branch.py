# case: returns a cropped patch if the lesion is large, else the full image, decided by a tensor comparison -> graph mode error on branch shape mismatch
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveROI(nn.Cell):
    def __init__(self, min_area=20, roi=(4, 12)):
        super().__init__()
        self.min_area = min_area
        self.lo, self.hi = roi

    def construct(self, image, mask):
        area = mask.sum()
        if area > self.min_area:
            out = image[:, :, self.lo:self.hi, self.lo:self.hi]
        else:
            out = image
        return out * 2.0


def make():
    np.random.seed(17)
    img = np.random.rand(1, 1, 16, 16).astype(np.float32)
    m = np.zeros((1, 1, 16, 16), dtype=np.float32)
    m[0, 0, 5:11, 5:11] = 1.0
    return AdaptiveROI(), (Tensor(img), Tensor(m))
