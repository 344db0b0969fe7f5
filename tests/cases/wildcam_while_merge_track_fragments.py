# case: merge adjacent re-id track fragments in a while loop on tensor similarity, concatenating embeddings so the tensor grows -> error or dynamic: loop-carried shape changes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackMerger(nn.Cell):
    def __init__(self, sim_thr=0.2, max_steps=5):
        super().__init__()
        self.sim_thr = sim_thr
        self.max_steps = max_steps

    def cosine(self, a, b):
        return (a * b).sum() / (ops.norm(a) * ops.norm(b) + 1e-6)

    def construct(self, frags):
        merged = frags[0:1]
        i = Tensor(1, ms.int32)
        while i < self.max_steps and self.cosine(merged[-1], frags[i]) > self.sim_thr:
            merged = ops.concat((merged, frags[i:i + 1]), axis=0)
            i = i + 1
        return merged.mean(axis=0), i


def make():
    np.random.seed(8)
    base = np.random.randn(1, 12).astype(np.float32)
    frags = Tensor((base + 0.3 * np.random.randn(6, 12)).astype(np.float32))
    return TrackMerger(), (frags,)
