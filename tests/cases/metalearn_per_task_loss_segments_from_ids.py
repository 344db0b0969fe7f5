# case: multi-task meta-loss that sums per-task losses with unsorted_segment_sum, num_segments taken from task_ids.max()+1 -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskBalancedMetaLoss(nn.Cell):
    def __init__(self, in_dim=7, n_classes=3, balance=True):
        super().__init__()
        self.head = nn.Dense(in_dim, n_classes)
        self.ce = nn.CrossEntropyLoss(reduction="none")
        self.balance = balance

    def per_task_mean(self, sample_loss, task_ids):
        n_tasks = task_ids.max() + 1
        sums = ops.unsorted_segment_sum(sample_loss, task_ids, n_tasks)
        counts = ops.unsorted_segment_sum(ops.ones_like(sample_loss), task_ids, n_tasks)
        return sums / ops.maximum(counts, 1.0)

    def construct(self, x, y, task_ids):
        logits = self.head(x)
        sample_loss = self.ce(logits, y)
        if self.balance:
            return self.per_task_mean(sample_loss, task_ids).mean()
        return sample_loss.mean()


def make():
    np.random.seed(17)
    net = TaskBalancedMetaLoss()
    x = Tensor(np.random.randn(10, 7).astype(np.float32))
    y = Tensor(np.random.randint(0, 3, size=10).astype(np.int32))
    tids = Tensor(np.array([0, 0, 1, 1, 1, 2, 2, 3, 3, 3], np.int32))
    return net, (x, y, tids)
