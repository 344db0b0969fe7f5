# case: diffusion sampler loops `for i in range(n_steps)` where n_steps is an input tensor and stacks each intermediate sample; expect error or dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpsModel(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim + 1, dim)

    def construct(self, x, t):
        t_emb = ops.ones((x.shape[0], 1), ms.float32) * t
        return self.fc(ops.concat((x, t_emb), axis=-1))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = EpsModel()

    def construct(self, x, n_steps):
        traj = [x]
        for i in range(n_steps):
            t = 1.0 - i / n_steps
            x = x - 0.1 * self.eps(x, t)
            traj.append(x)
        return ops.stack(traj)


def make():
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    return Net(), (x, Tensor(4, ms.int32))
