# case: dataclasses.asdict() called on a constant config inside construct to get a dict of hyper-parameters; evaluated at compile time -> static at LAX and STRICT
import dataclasses
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class Hyper:
    alpha: float = 0.25
    gamma: float = 2.0


class FocalLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.hyper = Hyper()

    def construct(self, logits, target):
        hp = dataclasses.asdict(self.hyper)
        p = ops.sigmoid(logits)
        pt = p * target + (1 - p) * (1 - target)
        w = hp["alpha"] * ops.pow(1 - pt, hp["gamma"])
        return (-w * ops.log(pt + 1e-8)).mean()


def make():
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    t = Tensor(np.random.randint(0, 2, (4, 3)).astype(np.float32))
    return FocalLoss(), (x, t)
