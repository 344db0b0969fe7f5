# case: converts frame-level speaker labels to RTTM-like (start, end, speaker) tuples using .tolist() and a Python loop inside construct -> host conversion in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RTTMWriter(nn.Cell):
    def __init__(self, frame_shift=0.01):
        super().__init__()
        self.frame_shift = frame_shift

    def construct(self, posteriors):
        # posteriors: (T, S)
        labels = ops.argmax(posteriors, dim=-1).tolist()
        turns = []
        start = 0
        for t in range(1, len(labels)):
            if labels[t] != labels[t - 1]:
                turns.append((start * self.frame_shift, t * self.frame_shift, labels[t - 1]))
                start = t
        turns.append((start * self.frame_shift, len(labels) * self.frame_shift, labels[-1]))
        return turns


def make():
    np.random.seed(31)
    post = Tensor(np.random.rand(15, 3).astype(np.float32))
    return RTTMWriter(), (post,)
