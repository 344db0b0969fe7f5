# case: augmentation policy table (Python list of magnitude tuples) indexed with int(idx.asnumpy()) for a sampled policy id -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

POLICIES = [
    (0.1, 0.9),   # (brightness delta, contrast scale)
    (-0.2, 1.1),
    (0.0, 1.4),
    (0.3, 0.8),
]


class PolicyAugment(nn.Cell):
    def __init__(self, policies=None, p=1.0):
        super().__init__()
        self.policies = POLICIES if policies is None else policies
        self.p = p

    def apply(self, x, delta, scale):
        mean = x.mean()
        x = (x - mean) * scale + mean
        return ops.clamp(x + delta, 0.0, 1.0)

    def construct(self, x):
        idx = ops.randint(0, len(self.policies), (1,))
        delta, scale = self.policies[int(idx.asnumpy()[0])]
        return self.apply(x, delta, scale)


def make():
    np.random.seed(25)
    x = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    return PolicyAugment(), (x,)
