# case: counts how many users each active beam serves using unique on the beam assignment vector -> unique output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamLoadCounter(nn.Cell):
    def __init__(self, num_beams=8):
        super().__init__()
        self.num_beams = num_beams

    def construct(self, beam_of_user):
        active_beams, inverse = ops.unique(beam_of_user)
        one_hot = ops.one_hot(inverse, self.num_beams, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        load = one_hot.sum(axis=0)
        return active_beams, load


def make():
    np.random.seed(3)
    beams = Tensor(np.random.randint(0, 8, size=(20,)).astype(np.int32))
    return BeamLoadCounter(), (beams,)
