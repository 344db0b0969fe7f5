# case: chord analyser builds a 12-bin chroma vector from all notes via one_hot and clamps it to presence, counting classes by sum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChromaPresence(nn.Cell):
    def __init__(self, octave=12):
        super().__init__()
        self.octave = octave
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, midi_notes, note_mask):
        pcs = midi_notes % self.octave
        oh = ops.one_hot(pcs, self.octave, self.on, self.off)
        oh = oh * note_mask.expand_dims(-1)
        chroma = ops.clamp(oh.sum(axis=0), 0.0, 1.0)
        n_classes = chroma.sum()
        return chroma, n_classes


def make():
    np.random.seed(13)
    notes = Tensor(np.array([60, 64, 67, 72, 76, 79, 62, 60], dtype=np.int32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 0, 0, 0], dtype=np.float32))
    return ChromaPresence(), (notes, mask)
