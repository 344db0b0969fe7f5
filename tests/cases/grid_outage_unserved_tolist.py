# case: converts the outage flags to a Python list with .tolist() inside construct and loops over it to sum unserved energy cost -> error or fallback (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnservedEnergyCost(nn.Cell):
    def __init__(self, voll_per_mwh=8000.0, duration_h=2.0):
        super().__init__()
        self.voll = voll_per_mwh
        self.duration = duration_h

    def outage_list(self, outage):
        return (outage > 0.5).tolist()

    def construct(self, load_mw, outage):
        flags = self.outage_list(outage)
        unserved = ops.zeros((), ms.float32)
        n_out = 0
        for f, is_out in enumerate(flags):
            if is_out:
                unserved = unserved + load_mw[f] * self.duration
                n_out += 1
        return unserved * self.voll, n_out


def make():
    np.random.seed(36)
    load = Tensor(np.random.uniform(1.0, 5.0, size=(6,)).astype(np.float32))
    outage = Tensor(np.array([0, 1, 0, 0, 1, 0], dtype=np.float32))
    return UnservedEnergyCost(), (load, outage)
