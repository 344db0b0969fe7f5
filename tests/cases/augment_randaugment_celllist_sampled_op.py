# case: RandAugment-style policy runs every op in an nn.CellList, stacks the results and picks one with an index sampled by ops.randint -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Brightness(nn.Cell):
    def __init__(self, magnitude=0.3):
        super().__init__()
        self.magnitude = magnitude

    def construct(self, x):
        return ops.clamp(x * (1.0 + self.magnitude), 0.0, 1.0)


class Invert(nn.Cell):
    def construct(self, x):
        return 1.0 - x


class Posterize(nn.Cell):
    def __init__(self, levels=4):
        super().__init__()
        self.levels = float(levels)

    def construct(self, x):
        return ops.floor(x * self.levels) / self.levels


class RandAugment(nn.Cell):
    def __init__(self, num_ops=2, magnitude=0.3):
        super().__init__()
        self.num_ops = num_ops
        self.ops_list = nn.CellList([Brightness(magnitude), Invert(), Posterize()])

    def construct(self, x):
        for _ in range(self.num_ops):
            candidates = []
            for op in self.ops_list:
                candidates.append(op(x))
            idx = ops.randint(0, len(self.ops_list), (1,))[0]
            x = ops.stack(candidates)[idx]
        return x


def make():
    np.random.seed(23)
    x = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return RandAugment(), (x,)
