# case: detects the chord of each bar by template matching and builds a Python dict of chord names keyed by bar -> dict keyed by tensor-derived strings, graph mode cannot index a Python list with a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHORD_NAMES = ["C", "Dm", "Em", "F", "G", "Am"]


def chord_templates():
    roots = [0, 2, 4, 5, 7, 9]
    minor = [False, True, True, False, False, True]
    t = np.zeros((6, 12), dtype=np.float32)
    for i, (r, m) in enumerate(zip(roots, minor)):
        t[i, [r, (r + (3 if m else 4)) % 12, (r + 7) % 12]] = 1.0
    return t


class ChordNamer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.templates = Tensor(chord_templates())

    def construct(self, chroma):
        scores = ops.matmul(chroma, self.templates.T)
        best = ops.argmax(scores, dim=-1)
        result = {}
        for bar in range(chroma.shape[0]):
            result["bar%d" % bar] = CHORD_NAMES[best[bar]]
        return result


def make():
    np.random.seed(7)
    chroma = np.random.rand(4, 12).astype(np.float32)
    return ChordNamer(), (Tensor(chroma),)
