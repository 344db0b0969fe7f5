# case: keeps only neighbor frames whose cosine similarity to the center frame exceeds a threshold via a boolean index on the time axis, then averages them -> dynamic shape (frame count depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimilarityGate(nn.Cell):
    def __init__(self, thresh=0.75, center=None):
        super().__init__()
        self.thresh = thresh
        self.center = center

    def cosine(self, a, b):
        num = (a * b).sum(axis=-1)
        den = ops.sqrt((a * a).sum(axis=-1) * (b * b).sum(axis=-1)) + 1e-8
        return num / den

    def construct(self, clip):
        # clip: (T, C, H, W)
        t = clip.shape[0]
        c = t // 2 if self.center is None else self.center
        flat = clip.reshape(t, -1)
        sim = self.cosine(flat, flat[c:c + 1])
        keep = sim > self.thresh
        selected = clip[keep]
        return selected.mean(axis=0)


def make():
    np.random.seed(34)
    base = np.random.rand(1, 3, 6, 6).astype(np.float32)
    clip = base + np.random.rand(5, 3, 6, 6).astype(np.float32) * np.array([0.1, 2, 0.1, 0.1, 2], np.float32).reshape(5, 1, 1, 1)
    return SimilarityGate(), (Tensor(clip),)
