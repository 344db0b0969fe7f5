# case: experience replay mixes the current batch with a fixed number of memory rows drawn via uniform*count indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ExperienceReplayMixer(nn.Cell):
    def __init__(self, capacity=16, dim=5, n_cls=3, replay_size=4):
        super().__init__()
        rng = np.random.RandomState(9)
        self.replay_size = replay_size
        self.mem_x = Parameter(Tensor(rng.randn(capacity, dim).astype(np.float32)), name="mem_x", requires_grad=False)
        self.mem_y = Parameter(Tensor(rng.randint(0, n_cls, capacity).astype(np.int32)), name="mem_y",
                               requires_grad=False)
        self.count = Parameter(Tensor(11, ms.int32), name="count", requires_grad=False)
        self.net = nn.Dense(dim, n_cls)

    def draw(self, u):
        idx = ops.floor(u * self.count.astype(ms.float32)).astype(ms.int32)
        return ops.gather(self.mem_x, idx, 0), ops.gather(self.mem_y, idx, 0)

    def construct(self, x, y, u):
        rx, ry = self.draw(u[:self.replay_size])
        bx = ops.concat((x, rx), axis=0)
        by = ops.concat((y, ry), axis=0)
        return ops.cross_entropy(self.net(bx), by)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 5).astype(np.float32))
    y = Tensor(np.array([1, 0, 2], dtype=np.int32))
    u = Tensor(np.random.rand(8).astype(np.float32))
    return ExperienceReplayMixer(), (x, y, u)
