# case: tensile-test break detector keeps the most recent break load in a non-trainable Parameter updated with ops.assign -> Parameter state update, expected fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BreakDetectorState(nn.Cell):
    def __init__(self, drop_ratio=0.5):
        super().__init__()
        self.drop_ratio = drop_ratio
        self.last_break_kn = Parameter(Tensor(0.0, ms.float32), name="last_break_kn",
                                       requires_grad=False)

    def construct(self, load_kn):
        peak = load_kn.max()
        after = load_kn[1:]
        before = load_kn[:-1]
        dropped = (after < before * self.drop_ratio).astype(ms.float32)
        ops.assign(self.last_break_kn, peak)
        return peak, dropped.argmax()


def make():
    np.random.seed(132)
    load = np.concatenate([np.linspace(0, 42, 50), [3.0, 1.0, 0.5]]).astype(np.float32)
    load += np.random.normal(0, 0.1, load.shape).astype(np.float32)
    return BreakDetectorState(), (Tensor(load),)
