# case: collects motif hit positions with .tolist() and extracts a fixed flank around each hit in a Python loop -> host round trip with tolist and a data-dependent loop, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlankExtractor(nn.Cell):
    def __init__(self, flank=2, threshold=0.5):
        super().__init__()
        self.flank = flank
        self.threshold = threshold

    def construct(self, seq, scores):
        padded = ops.pad(seq, (self.flank, self.flank), value=4)
        hit_flags = (scores > self.threshold).tolist()
        windows = []
        for pos, flag in enumerate(hit_flags):
            if flag:
                windows.append(padded[pos:pos + 2 * self.flank + 1])
        return ops.stack(windows)


def make():
    np.random.seed(28)
    seq = Tensor(np.random.randint(0, 4, size=(12,)).astype(np.int32))
    scores = np.random.rand(12).astype(np.float32)
    scores[3] = 0.9
    return FlankExtractor(), (seq, Tensor(scores))
