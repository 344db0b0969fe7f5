# case: pass the forme under a fixed train of form rollers (CellList) and stack each roller's coverage -> loop over sub-cells, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FormRoller(nn.Cell):
    def __init__(self, transfer):
        super().__init__()
        self.transfer = transfer

    def construct(self, forme, ink):
        return ink + self.transfer * (forme - ink)


class ReInk(nn.Cell):
    def __init__(self, transfers=(0.35, 0.3, 0.25, 0.2)):
        super().__init__()
        self.rollers = nn.CellList([FormRoller(t) for t in transfers])

    def construct(self, forme):
        ink = ops.zeros_like(forme)
        history = []
        for roller in self.rollers:
            ink = roller(forme, ink)
            history.append(ink.mean())
        return ops.stack(history)


def make():
    np.random.seed(182)
    forme = (np.random.rand(16, 16) > 0.5).astype(np.float32)
    return ReInk(), (Tensor(forme),)
