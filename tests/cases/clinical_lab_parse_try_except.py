# case: lab unit-conversion layer that guards the conversion with try/except inside construct -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


MGDL_TO_MMOLL = {"glucose": 0.0555, "creatinine": 88.4, "urea": 0.357}


class LabUnitConverter(nn.Cell):
    def __init__(self, analytes=("glucose", "creatinine", "urea")):
        super().__init__()
        self.factors = Tensor(np.array([MGDL_TO_MMOLL[a] for a in analytes], np.float32))

    def construct(self, labs):
        try:
            converted = labs * self.factors
        except ValueError:
            converted = labs
        return converted


class KidneyRiskModel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.convert = LabUnitConverter()
        self.fc = nn.Dense(3, 1)

    def construct(self, labs):
        return ops.sigmoid(self.fc(ops.log1p(self.convert(labs))))


def make():
    np.random.seed(23)
    labs = Tensor(np.abs(np.random.randn(4, 3) * 50 + 100).astype(np.float32))
    return KidneyRiskModel(), (labs,)
