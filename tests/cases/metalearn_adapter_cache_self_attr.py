# case: task-adapter bank selected by index that caches the last adapter output and task id on self inside construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BottleneckAdapter(nn.Cell):
    def __init__(self, dim=16, bottleneck=4):
        super().__init__()
        self.down = nn.Dense(dim, bottleneck)
        self.up = nn.Dense(bottleneck, dim)
        self.act = nn.GELU()

    def construct(self, h):
        return h + self.up(self.act(self.down(h)))


class MultiTaskAdapterModel(nn.Cell):
    def __init__(self, dim=16, num_tasks=3, cache_outputs=True):
        super().__init__()
        self.backbone = nn.Dense(dim, dim)
        self.adapters = nn.CellList([BottleneckAdapter(dim) for _ in range(num_tasks)])
        self.cache_outputs = cache_outputs
        self.last_task = None
        self.last_hidden = None

    def construct(self, x, task_id):
        h = ops.relu(self.backbone(x))
        out = self.adapters[task_id](h)
        if self.cache_outputs:
            self.last_task = task_id
            self.last_hidden = out
        return out.mean(axis=0)


def make():
    np.random.seed(7)
    net = MultiTaskAdapterModel()
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (x, 1)
