# case: increment a module-level counter of flagged panoramic scans from inside construct -> global state mutation in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FLAGGED_SCANS = 0


class PanoQualityGate(nn.Cell):
    def __init__(self, min_contrast=0.15):
        super().__init__()
        self.min_contrast = min_contrast

    def construct(self, pano):
        global FLAGGED_SCANS
        contrast = pano.std(axis=(1, 2, 3))
        low = (contrast < self.min_contrast).astype(ms.int32).sum()
        FLAGGED_SCANS = FLAGGED_SCANS + 1
        return contrast, low


def make():
    np.random.seed(25)
    pano = np.random.rand(3, 1, 16, 40).astype(np.float32) * 0.5
    return PanoQualityGate(), (Tensor(pano),)
