# case: fibre blend QC returns per-fibre mean deviations as a stacked tensor built in a loop over a constant tuple of fibre names -> tuple/list over constants, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIBRES = ("polyester", "nylon", "polypropylene")


class BlendReportStacked(nn.Cell):
    def __init__(self, targets=(0.5, 0.3, 0.2)):
        super().__init__()
        self.targets = targets

    def construct(self, bale_kg):
        total = bale_kg.sum(axis=1, keepdims=True)
        frac = bale_kg / total
        devs = []
        for i in range(len(FIBRES)):
            devs.append(ops.abs(frac[:, i] - self.targets[i]).mean())
        return ops.stack(devs), frac.mean(axis=0)


def make():
    np.random.seed(182)
    kg = np.random.uniform([45, 28, 18], [55, 32, 22], size=(12, 3)).astype(np.float32)
    return BlendReportStacked(), (Tensor(kg),)
