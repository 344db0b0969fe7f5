# case: loops over frames with a Python for and breaks at the first frame whose probability crosses the threshold, returning that frame index -> Graph mode control flow on tensor (break inside unrolled loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstOnsetFinder(nn.Cell):
    def __init__(self, n_frames=12, threshold=0.7):
        super().__init__()
        self.n_frames = n_frames
        self.threshold = threshold

    def construct(self, probs):
        # probs: (frames,) single class curve
        first = Tensor(-1, ms.int32)
        for t in range(self.n_frames):
            if probs[t] > self.threshold:
                first = Tensor(t, ms.int32)
                break
        return first


def make():
    np.random.seed(33)
    probs = Tensor(np.random.rand(12).astype(np.float32))
    return FirstOnsetFinder(), (probs,)
