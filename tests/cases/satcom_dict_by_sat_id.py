# case: builds a dict keyed by satellite id taken from tensor elements to map id to best elevation, then reads it back -> dict with tensor-derived keys in construct, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SatElevationTable(nn.Cell):
    def __init__(self, n_sats=6):
        super().__init__()
        self.n_sats = n_sats

    def construct(self, sat_ids, elev):
        table = {}
        for i in range(self.n_sats):
            key = int(sat_ids[i])
            if key in table:
                table[key] = ops.maximum(table[key], elev[i])
            else:
                table[key] = elev[i]
        best = [table[k] for k in table]
        return ops.stack(best)


def make():
    np.random.seed(14)
    ids = Tensor(np.array([3, 1, 3, 2, 1, 5], dtype=np.int32))
    elev = Tensor(np.random.uniform(5, 85, size=(6,)).astype(np.float32))
    return SatElevationTable(), (ids, elev)
