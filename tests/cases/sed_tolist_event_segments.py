# case: converts binarized frame decisions to a Python list with .tolist() in construct and walks it to build (onset, offset) segments -> Graph mode should fail (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentDecoder(nn.Cell):
    def __init__(self, threshold=0.5, frame_hop=0.02):
        super().__init__()
        self.threshold = threshold
        self.frame_hop = frame_hop

    def construct(self, probs):
        # probs: (frames,) for one class
        flags = (probs > self.threshold).astype(ms.int32).tolist()
        segments = []
        start = -1
        for i, f in enumerate(flags):
            if f == 1 and start < 0:
                start = i
            elif f == 0 and start >= 0:
                segments.append((start * self.frame_hop, i * self.frame_hop))
                start = -1
        if start >= 0:
            segments.append((start * self.frame_hop, len(flags) * self.frame_hop))
        return segments


def make():
    np.random.seed(30)
    probs = Tensor(np.random.rand(16).astype(np.float32))
    return SegmentDecoder(), (probs,)
