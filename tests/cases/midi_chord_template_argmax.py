# case: chord recognition from piano-roll chroma by cosine similarity to fixed triad templates, returning chord indices per bar -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def triad_templates():
    t = np.zeros((24, 12), dtype=np.float32)
    for root in range(12):
        t[root, [root, (root + 4) % 12, (root + 7) % 12]] = 1.0
        t[12 + root, [root, (root + 3) % 12, (root + 7) % 12]] = 1.0
    return t / np.linalg.norm(t, axis=1, keepdims=True)


class ChordRecognizer(nn.Cell):
    def __init__(self, steps_per_bar=16):
        super().__init__()
        self.templates = Tensor(triad_templates())
        self.steps_per_bar = steps_per_bar

    def chroma(self, roll):
        # roll: (steps, 96) piano roll starting at C -> fold octaves
        steps = roll.shape[0]
        return roll.reshape(steps, -1, 12).sum(axis=1)

    def construct(self, roll):
        c = self.chroma(roll)
        bars = c.reshape(-1, self.steps_per_bar, 12).sum(axis=1)
        bars = bars / ops.maximum(ops.norm(bars, dim=-1, keepdim=True), 1e-6)
        scores = ops.matmul(bars, self.templates.T)
        return ops.argmax(scores, dim=-1), scores.max(axis=-1)


def make():
    np.random.seed(35)
    roll = (np.random.rand(64, 96) > 0.9).astype(np.float32)
    return ChordRecognizer(), (Tensor(roll),)
