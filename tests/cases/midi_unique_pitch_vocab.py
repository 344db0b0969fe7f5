# case: builds a per-piece pitch vocabulary with ops.unique and counts distinct pitches -> unique has data-dependent output size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PitchDiversity(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cast = ops.Cast()

    def construct(self, pitches):
        uniq, inverse = ops.unique(pitches)
        pitch_classes = uniq % 12
        n_distinct = self.cast(ops.ones_like(uniq), ms.float32).sum()
        spread = (uniq.max() - uniq.min()).astype(ms.float32)
        return n_distinct, spread, pitch_classes, inverse


def make():
    np.random.seed(3)
    pitches = Tensor(np.random.randint(48, 72, size=(30,)).astype(np.int32))
    return PitchDiversity(), (pitches,)
