# case: suppress surface-noise clicks by multiplying the needle-drop signal with a float mask of quiet samples -> mask by multiplication, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClickSuppressor(nn.Cell):
    def __init__(self, click_threshold=0.35, keep_ratio_floor=0.5):
        super().__init__()
        self.click_threshold = click_threshold
        self.keep_ratio_floor = keep_ratio_floor

    def construct(self, needle_drop):
        hp = needle_drop[1:] - needle_drop[:-1]
        energy = hp * hp
        quiet = (energy <= self.click_threshold).astype(needle_drop.dtype)
        cleaned = needle_drop[1:] * quiet
        keep_ratio = quiet.mean()
        flagged = keep_ratio < self.keep_ratio_floor
        return cleaned, keep_ratio, flagged


def make():
    np.random.seed(18)
    sig = (np.random.randn(2048) * 0.2).astype(np.float32)
    sig[np.random.randint(0, 2048, 12)] += 1.5
    return ClickSuppressor(), (Tensor(sig),)
