# case: assigns each user to its best beam with argmax and builds a one-hot beam assignment mask to compute per-beam load -> fixed depth one-hot, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestBeamAssignment(nn.Cell):
    def __init__(self, num_beams=6):
        super().__init__()
        self.num_beams = num_beams
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, beam_gain_db, demand):
        best = ops.argmax(beam_gain_db, dim=-1)
        assign = ops.one_hot(best, self.num_beams, self.on, self.off)
        load = (assign * demand.expand_dims(-1)).sum(axis=0)
        return assign, load


def make():
    np.random.seed(40)
    gain = Tensor(np.random.randn(12, 6).astype(np.float32))
    dem = Tensor(np.random.uniform(1, 20, size=(12,)).astype(np.float32))
    return BestBeamAssignment(), (gain, dem)
