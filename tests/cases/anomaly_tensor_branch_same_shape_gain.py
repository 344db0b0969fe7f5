# case: branch on a tensor image score, both branches return a same-shape map (sharpened vs. damped) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceShaper(nn.Cell):
    def __init__(self, threshold=0.6, gain=2.0, damp=0.5):
        super().__init__()
        self.threshold = threshold
        self.gain = gain
        self.damp = damp

    def image_score(self, amap):
        return amap.max()

    def construct(self, amap):
        score = self.image_score(amap)
        if score > self.threshold:
            out = ops.pow(amap / score, self.gain)
        else:
            out = amap * self.damp
        return out


def make():
    np.random.seed(36)
    amap = np.random.rand(1, 1, 8, 8).astype(np.float32)
    return ConfidenceShaper(), (Tensor(amap),)
