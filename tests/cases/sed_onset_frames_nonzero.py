# case: binarizes frame probabilities, takes the frame difference and returns onset frame indices via ops.nonzero -> dynamic-shape output in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetDecoder(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def binarize(self, probs):
        return (probs > self.threshold).astype(ms.int32)

    def construct(self, probs):
        # probs: (frames, classes)
        active = self.binarize(probs)
        zeros = ops.zeros((1, probs.shape[1]), ms.int32)
        prev = ops.concat((zeros, active[:-1]), axis=0)
        onset = (active - prev) == 1
        onset_idx = ops.nonzero(onset)
        return onset_idx


def make():
    np.random.seed(2)
    probs = Tensor(np.random.rand(30, 3).astype(np.float32))
    return OnsetDecoder(), (probs,)
