# case: chord analyser finds the distinct pitch classes of the notes in a clip with ops.unique and counts them -> dynamic shape (unique)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PitchClassSet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.octave = 12

    def construct(self, midi_notes):
        pcs = midi_notes % self.octave
        uniq, _ = ops.unique(pcs)
        one_hot = ops.one_hot(uniq, self.octave, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        chroma = one_hot.sum(axis=0)
        return chroma, uniq.shape[0]


def make():
    np.random.seed(12)
    notes = Tensor(np.array([60, 64, 67, 72, 76, 79, 62, 60], dtype=np.int32))
    return PitchClassSet(), (notes,)
