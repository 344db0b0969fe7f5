# case: collect surface-noise clicks from a test pressing by boolean-mask indexing the needle-drop signal -> data-dependent output shape, expect dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def highpass_diff(x):
    return x[1:] - x[:-1]


class ClickCollector(nn.Cell):
    def __init__(self, click_threshold=0.35):
        super().__init__()
        self.click_threshold = click_threshold

    def construct(self, needle_drop):
        hp = highpass_diff(needle_drop)
        energy = hp * hp
        clicks = hp[energy > self.click_threshold]
        return clicks, energy.mean()


def make():
    np.random.seed(17)
    sig = (np.random.randn(2048) * 0.2).astype(np.float32)
    sig[np.random.randint(0, 2048, 12)] += 1.5
    return ClickCollector(), (Tensor(sig),)
