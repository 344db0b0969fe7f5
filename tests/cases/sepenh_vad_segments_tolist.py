# case: converts the VAD decision to a Python list with tolist() and walks it to find speech segment boundaries, then sums each segment -> tolist() of a tensor and data-dependent Python control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPooler(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def find_segments(self, flags):
        segments, start = [], None
        for i, f in enumerate(flags):
            if f and start is None:
                start = i
            elif not f and start is not None:
                segments.append((start, i))
                start = None
        if start is not None:
            segments.append((start, len(flags)))
        return segments

    def construct(self, feats, vad_prob):
        flags = (vad_prob > self.threshold).tolist()
        pooled = []
        for s, e in self.find_segments(flags):
            pooled.append(feats[s:e].mean(axis=0))
        return ops.stack(pooled)


def make():
    np.random.seed(18)
    feats = np.random.randn(12, 8).astype(np.float32)
    vad = np.array([0.1, 0.8, 0.9, 0.7, 0.2, 0.1, 0.6, 0.9, 0.3, 0.8, 0.9, 0.95], np.float32)
    return SegmentPooler(), (Tensor(feats), Tensor(vad))
