# case: a PickExtractor sub-Cell uses nonzero on the peak mask and gathers pick amplitudes, feeding a magnitude head -> nonzero inside a sub-Cell produces a dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickExtractor(nn.Cell):
    def __init__(self, threshold=0.7):
        super().__init__()
        self.threshold = threshold

    def construct(self, prob, amp):
        left = ops.concat((prob[:1], prob[:-1]))
        right = ops.concat((prob[1:], prob[-1:]))
        peaks = (prob > left) & (prob >= right) & (prob > self.threshold)
        idx = ops.nonzero(peaks).reshape(-1)
        return ops.gather(amp, idx, 0)


class MagnitudeHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.extract = PickExtractor()
        self.scale = 0.85
        self.offset = 1.3

    def construct(self, prob, amp):
        pick_amp = self.extract(prob, amp)
        return self.scale * ops.log(ops.abs(pick_amp) + 1e-6) + self.offset


def make():
    np.random.seed(19)
    prob = np.random.rand(50).astype(np.float32)
    amp = np.random.randn(50).astype(np.float32)
    return MagnitudeHead(), (Tensor(prob), Tensor(amp))
