# case: HAT-style soft task mask gathered by a tensor task id and multiplied into hidden units -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardAttentionToTask(nn.Cell):
    def __init__(self, in_dim=5, hidden=12, num_tasks=4, n_cls=3, s_max=400.0):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, n_cls)
        self.task_embedding = nn.Embedding(num_tasks, hidden)
        self.s_max = s_max

    def mask_for(self, task_id, s):
        e = self.task_embedding(task_id.reshape((1,)))
        return ops.sigmoid(s * e)

    def construct(self, x, task_id, anneal):
        s = 1.0 / self.s_max + (self.s_max - 1.0 / self.s_max) * anneal
        m = self.mask_for(task_id, s)
        h = ops.relu(self.fc1(x)) * m
        return self.fc2(h), m


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 5).astype(np.float32))
    return HardAttentionToTask(), (x, Tensor(2, ms.int32), Tensor(0.3, ms.float32))
