# case: HAT-style task mask selects active hidden units with nonzero and gathers them -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TaskMaskedEncoder(nn.Cell):
    def __init__(self, in_dim=5, hidden=12, num_tasks=3, out_dim=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, hidden)
        rng = np.random.RandomState(7)
        masks = (rng.rand(num_tasks, hidden) > 0.5).astype(np.float32)
        masks[:, 0] = 1.0
        self.task_masks = Parameter(Tensor(masks), name="task_masks", requires_grad=False)
        self.proj = Parameter(Tensor(rng.randn(hidden, out_dim).astype(np.float32)), name="proj")

    def active_units(self, task_id):
        row = self.task_masks[task_id]
        return ops.nonzero(row > 0.5).squeeze(-1)

    def construct(self, x, task_id):
        h = ops.relu(self.fc(x))
        units = self.active_units(task_id)
        h_sel = ops.gather(h, units, 1)
        w_sel = ops.gather(self.proj, units, 0)
        return ops.matmul(h_sel, w_sel)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 5).astype(np.float32))
    return TaskMaskedEncoder(), (x, Tensor(1, ms.int32))
