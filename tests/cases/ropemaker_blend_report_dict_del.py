# case: fibre blend QC builds a dict report per fibre in construct, then deletes the raw entry with del before returning it -> dict mutation and del in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIBRES = ("polyester", "nylon", "polypropylene")


class BlendReport(nn.Cell):
    def __init__(self, targets=(0.5, 0.3, 0.2)):
        super().__init__()
        self.targets = targets

    def construct(self, bale_kg):
        total = bale_kg.sum(axis=1, keepdims=True)
        frac = bale_kg / total
        report = {"raw": frac}
        for i in range(len(FIBRES)):
            report[FIBRES[i]] = ops.abs(frac[:, i] - self.targets[i]).mean()
        del report["raw"]
        return report


def make():
    np.random.seed(181)
    kg = np.random.uniform([45, 28, 18], [55, 32, 22], size=(12, 3)).astype(np.float32)
    return BlendReport(), (Tensor(kg),)
