# case: berth mooring tension model loops over the number of lines made fast, read from a tensor with int(), stacking each line's tension -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def line_stiffness(length_m, ea_kn=9000.0):
    return ea_kn / length_m


class MooringTension(nn.Cell):
    def __init__(self, max_lines=6):
        super().__init__()
        self.lengths = Tensor(np.linspace(18.0, 32.0, max_lines).astype(np.float32))
        self.pretension = 25.0

    def construct(self, surge_m, n_lines_fast):
        tensions = []
        for i in range(int(n_lines_fast)):
            k = line_stiffness(self.lengths[i])
            tensions.append(self.pretension + k * surge_m)
        t = ops.stack(tensions)
        return t, t.max()


def make():
    np.random.seed(20)
    surge = Tensor(np.float32(0.12))
    return MooringTension(), (surge, Tensor(np.int32(4)))
