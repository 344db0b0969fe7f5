# case: picks the k loudest pitches per frame where k is the number of notes above threshold, computed from data -> topk with data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolyphonyPicker(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def count_voices(self, frame):
        return (frame > self.threshold).astype(ms.int32).sum()

    def construct(self, frame_probs):
        k = self.count_voices(frame_probs)
        values, pitches = ops.topk(frame_probs, k)
        return values, pitches


def make():
    np.random.seed(14)
    probs = Tensor(np.random.rand(88).astype(np.float32))
    return PolyphonyPicker(), (probs,)
