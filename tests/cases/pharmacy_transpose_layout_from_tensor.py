# case: reorder a (ward, day, drug) dispensing cube into the layout requested by a permutation tensor before forecasting -> graph mode needs a constant perm, should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WardCubeForecaster(nn.Cell):
    def __init__(self, n_drugs=6, hidden=12):
        super().__init__()
        self.fc = nn.Dense(n_drugs, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, cube, perm_t):
        perm = (int(perm_t[0]), int(perm_t[1]), int(perm_t[2]))
        x = ops.transpose(cube, perm)
        h = ops.relu(self.fc(x))
        return self.out(h).squeeze(-1)


def make():
    np.random.seed(161)
    cube = Tensor(np.random.poisson(3, (6, 4, 7)).astype(np.float32))  # (drug, ward, day)
    perm = Tensor(np.array([1, 2, 0], np.int32))
    return WardCubeForecaster(), (cube, perm)
