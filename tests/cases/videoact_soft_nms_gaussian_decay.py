# case: Gaussian Soft-NMS for temporal proposals that decays scores for a static number of picks using masks and cumsum smoothing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftTemporalNMS(nn.Cell):
    """Soft-NMS (gaussian decay) over all proposals; output keeps shape (N,)."""

    def __init__(self, sigma=0.5, top_n=None, smooth_window=3):
        super().__init__()
        self.sigma = sigma
        self.top_n = top_n
        self.smooth_window = smooth_window

    def tiou_row(self, seg, segs):
        inter = ops.clamp(ops.minimum(seg[1], segs[:, 1]) - ops.maximum(seg[0], segs[:, 0]), min=0.0)
        union = (seg[1] - seg[0]) + (segs[:, 1] - segs[:, 0]) - inter
        return inter / union

    def smooth(self, scores):
        c = ops.cumsum(ops.concat((ops.zeros((1,), scores.dtype), scores)), axis=0)
        w = self.smooth_window
        avg = (c[w:] - c[:-w]) / w
        return ops.concat((scores[:w - 1], avg))

    def construct(self, segs, scores):
        n = scores.shape[0]
        picks = n if self.top_n is None else min(self.top_n, n)
        scores = self.smooth(scores)
        taken = ops.zeros((n,), ms.bool_)
        for _ in range(picks):
            masked = ops.select(taken, ops.full_like(scores, -1.0), scores)
            i = masked.argmax()
            decay = ops.exp(-ops.square(self.tiou_row(segs[i], segs)) / self.sigma)
            taken = ops.logical_or(taken, ops.arange(n) == i)
            scores = ops.select(taken, scores, scores * decay)
        return scores


def make():
    np.random.seed(39)
    st = np.random.uniform(0, 6, size=5)
    segs = Tensor(np.stack([st, st + np.random.uniform(1, 3, size=5)], 1).astype(np.float32))
    scores = Tensor(np.random.uniform(0, 1, size=5).astype(np.float32))
    return SoftTemporalNMS(), (segs, scores)
