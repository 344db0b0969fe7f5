# case: sensor aggregator keeps a running count of vehicles seen by writing a tensor to a plain self attribute inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntranceCounter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.total_entries = Tensor(0, ms.int32)

    def construct(self, loop_detector_hits):
        # loop_detector_hits: (lanes, frames) 0/1 pulses from induction loops
        rising = ops.relu(loop_detector_hits[:, 1:] - loop_detector_hits[:, :-1])
        new_entries = rising.sum()
        self.total_entries = self.total_entries + new_entries
        return self.total_entries


def make():
    np.random.seed(10)
    hits = Tensor(np.random.randint(0, 2, (3, 20)).astype(np.int32))
    return EntranceCounter(), (hits,)
