# case: inspection Cell computes per-unit delta-E with optional per-channel weights checked via `is None`, and a threshold type-guarded with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeltaEInspector(nn.Cell):
    def __init__(self, max_delta_e=3.0, lab_weights=None):
        super().__init__()
        if isinstance(max_delta_e, (int, float)):
            max_delta_e = float(max_delta_e)
        self.max_delta_e = max_delta_e
        self.lab_weights = None if lab_weights is None else Tensor(np.array(lab_weights, np.float32))

    def construct(self, lab_measured, lab_target):
        d = lab_measured - lab_target
        sq = d * d
        if self.lab_weights is not None:
            sq = sq * self.lab_weights
        delta_e = ops.sqrt(sq.sum(axis=1))
        return delta_e, delta_e <= self.max_delta_e


def make():
    np.random.seed(39)
    target = np.random.uniform(-40, 80, (4, 3)).astype(np.float32)
    measured = target + np.random.normal(0, 2.0, (4, 3)).astype(np.float32)
    return DeltaEInspector(max_delta_e=3, lab_weights=(0.5, 1.0, 1.0)), (Tensor(measured), Tensor(target))
