# case: blanks out door-current samples taken while the door was held by the safety edge with masked_fill before computing closing effort -> same-shape masked_fill, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClosingEffort(nn.Cell):
    def __init__(self, sample_s=0.01, voltage=24.0):
        super().__init__()
        self.sample_s = sample_s
        self.voltage = voltage

    def construct(self, current, edge_active):
        clean = ops.masked_fill(current, edge_active, 0.0)
        energy_j = (clean * self.voltage).sum(axis=-1) * self.sample_s
        valid = ops.logical_not(edge_active).astype(ms.float32).sum(axis=-1)
        mean_amp = clean.sum(axis=-1) / ops.maximum(valid, 1.0)
        return energy_j, mean_amp


def make():
    np.random.seed(39)
    current = Tensor(np.random.normal(2.0, 0.3, (3, 25)).astype(np.float32))
    edge = np.zeros((3, 25), dtype=np.bool_)
    edge[1, 8:14] = True
    return ClosingEffort(), (current, Tensor(edge))
