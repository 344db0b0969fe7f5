# case: sawmill optimiser builds a plain Python CutPlan object in construct, appends boards to it in a loop over cants and returns its total -> error or unsupported Python object in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutPlan:
    def __init__(self):
        self.boards = []
        self.waste = 0.0

    def add(self, width, waste):
        self.boards.append(width)
        self.waste = self.waste + waste


class CantSawing(nn.Cell):
    """Chooses one board width per cant (mm) to minimise waste."""

    def __init__(self, widths=(50.0, 75.0, 100.0, 125.0)):
        super().__init__()
        self.widths = Tensor(np.array(widths, dtype=np.float32))

    def construct(self, cant_widths):
        plan = CutPlan()
        for i in range(cant_widths.shape[0]):
            slack = cant_widths[i] - self.widths
            slack = ops.where(slack >= 0, slack, ops.full_like(slack, 1e4))
            j = slack.argmin()
            plan.add(self.widths[j], slack[j])
        return ops.stack(plan.boards), plan.waste


def make():
    np.random.seed(19)
    cants = Tensor(np.random.uniform(60, 140, (5,)).astype(np.float32))
    return CantSawing(), (cants,)
