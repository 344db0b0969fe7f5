# case: simulates dose titration appending each new dose to a history tensor while the tensor concentration stays below target -> error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TitrationSimulator(nn.Cell):
    def __init__(self, step=1.5, clearance=0.3, max_steps=10):
        super().__init__()
        self.step = step
        self.clearance = clearance
        self.max_steps = max_steps

    def concentration(self, dose):
        return dose * (1.0 - self.clearance)

    def construct(self, start_dose, target_conc):
        dose = start_dose
        history = start_dose.reshape(1)
        while self.concentration(dose) < target_conc:
            dose = dose * self.step
            history = ops.concat((history, dose.reshape(1)))
        return history


def make():
    np.random.seed(13)
    return TitrationSimulator(), (Tensor(2.0, ms.float32), Tensor(20.0, ms.float32))
