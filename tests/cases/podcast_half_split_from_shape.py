# case: split an episode's frame matrix into intro half and body half using x.shape[0] // 2 and compare their loudness -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IntroBodyContrast(nn.Cell):
    def __init__(self, eps=1e-8):
        super().__init__()
        self.eps = eps

    def rms(self, x):
        return ops.sqrt(ops.mean(x * x) + self.eps)

    def construct(self, frames):
        mid = frames.shape[0] // 2
        intro = frames[:mid]
        body = frames[mid:]
        ratio_db = 20.0 * ops.log(self.rms(intro) / self.rms(body)) / 2.302585
        return ratio_db, intro.shape[0]


def make():
    np.random.seed(103)
    frames = Tensor(np.random.randn(30, 10).astype(np.float32))
    return IntroBodyContrast(), (frames,)
