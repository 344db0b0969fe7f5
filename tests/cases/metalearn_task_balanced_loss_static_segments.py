# case: multi-task meta-loss averaging per-task losses with unsorted_segment_sum over a config-fixed num_tasks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskBalancedLoss(nn.Cell):
    def __init__(self, in_dim=7, n_classes=3, num_tasks=4, task_weights=None):
        super().__init__()
        self.head = nn.Dense(in_dim, n_classes)
        self.ce = nn.CrossEntropyLoss(reduction="none")
        self.num_tasks = num_tasks
        if task_weights is None:
            task_weights = [1.0] * num_tasks
        self.task_weights = Tensor(np.array(task_weights, np.float32))

    def per_task(self, sample_loss, task_ids):
        sums = ops.unsorted_segment_sum(sample_loss, task_ids, self.num_tasks)
        counts = ops.unsorted_segment_sum(ops.ones_like(sample_loss), task_ids, self.num_tasks)
        present = (counts > 0).astype(ms.float32)
        return sums / ops.maximum(counts, 1.0), present

    def construct(self, x, y, task_ids):
        loss = self.ce(self.head(x), y)
        task_loss, present = self.per_task(loss, task_ids)
        w = self.task_weights * present
        return (task_loss * w).sum() / w.sum()


def make():
    np.random.seed(32)
    net = TaskBalancedLoss()
    x = Tensor(np.random.randn(10, 7).astype(np.float32))
    y = Tensor(np.random.randint(0, 3, size=10).astype(np.int32))
    tids = Tensor(np.array([0, 0, 1, 1, 1, 2, 2, 3, 3, 3], np.int32))
    return net, (x, y, tids)
