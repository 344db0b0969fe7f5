# case: background estimator sub-Cell takes the mean of unmasked sky pixels via masked_select, parent subtracts it -> dynamic shape inside sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSkyEstimator(nn.Cell):
    def construct(self, img, source_mask):
        sky_pix = ops.masked_select(img, ops.logical_not(source_mask))
        return sky_pix.mean()


class BackgroundSubtractor(nn.Cell):
    def __init__(self, detect_level=150.0):
        super().__init__()
        self.detect_level = detect_level
        self.sky = MaskedSkyEstimator()

    def construct(self, img):
        source_mask = img > self.detect_level
        level = self.sky(img, source_mask)
        return img - level


def make():
    np.random.seed(17)
    img = np.random.normal(100.0, 4.0, (14, 14)).astype(np.float32)
    img[3:5, 3:5] += 200.0
    img[9, 10] += 300.0
    return BackgroundSubtractor(), (Tensor(img),)
