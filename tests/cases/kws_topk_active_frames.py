# case: attention pooling over the top-k frames where k is the count of frames above a VAD threshold -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameScorer(nn.Cell):
    def __init__(self, dim=12):
        super().__init__()
        self.att = nn.Dense(dim, 1)

    def construct(self, h):
        return self.att(h).squeeze(-1)


class TopFramePooling(nn.Cell):
    def __init__(self, dim=12, n_classes=4, vad_threshold=0.0, min_frames=1):
        super().__init__()
        self.scorer = FrameScorer(dim)
        self.cls = nn.Dense(dim, n_classes)
        self.vad_threshold = vad_threshold
        self.min_frames = min_frames

    def construct(self, h):
        # h: (T, dim)
        scores = self.scorer(h)
        n_active = (scores > self.vad_threshold).astype(ms.int32).sum()
        k = ops.maximum(n_active, self.min_frames)
        top_scores, idx = ops.topk(scores, int(k))
        w = ops.softmax(top_scores, axis=0)
        pooled = (ops.gather(h, idx, 0) * w.expand_dims(-1)).sum(axis=0)
        return self.cls(pooled)


def make():
    np.random.seed(11)
    h = np.random.randn(25, 12).astype(np.float32)
    return TopFramePooling(), (Tensor(h),)
