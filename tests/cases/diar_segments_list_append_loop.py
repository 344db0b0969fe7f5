# case: walks the frame-level speaker labels and appends a segment embedding to a Python list whenever the label changes, then stacks the list -> list grown under tensor conditions, data-dependent length in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentEmbeddingCollector(nn.Cell):
    def __init__(self, max_frames=16):
        super().__init__()
        self.max_frames = max_frames

    def construct(self, emb, labels):
        # emb: (T, D), labels: (T,) int32 frame-level speaker ids
        segments = []
        start = 0
        for t in range(1, self.max_frames):
            if labels[t] != labels[t - 1]:
                segments.append(emb[start:t].mean(axis=0))
                start = t
        segments.append(emb[start:].mean(axis=0))
        return ops.stack(segments)


def make():
    np.random.seed(10)
    emb = Tensor(np.random.randn(16, 6).astype(np.float32))
    labels = Tensor(np.array([0, 0, 0, 1, 1, 1, 1, 0, 0, 2, 2, 2, 2, 2, 1, 1], dtype=np.int32))
    return SegmentEmbeddingCollector(), (emb, labels)
