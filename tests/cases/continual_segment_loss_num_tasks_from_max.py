# case: per-task loss sums via unsorted_segment_sum with num_segments taken from task_ids.max() -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskSegmentedLoss(nn.Cell):
    def __init__(self, in_dim=5, n_cls=4, reduce_mode="mean"):
        super().__init__()
        self.model = nn.Dense(in_dim, n_cls)
        self.reduce_mode = reduce_mode
        self.ce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="none")

    def segment_stats(self, losses, task_ids):
        n_tasks = task_ids.max() + 1
        sums = ops.unsorted_segment_sum(losses, task_ids, n_tasks)
        counts = ops.unsorted_segment_sum(ops.ones_like(losses), task_ids, n_tasks)
        return sums, counts

    def construct(self, x, y, task_ids):
        losses = self.ce(self.model(x), y)
        sums, counts = self.segment_stats(losses, task_ids)
        if self.reduce_mode == "mean":
            return (sums / ops.maximum(counts, 1.0)).mean()
        return sums.sum()


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    y = Tensor(np.array([0, 3, 1, 2, 0, 1], dtype=np.int32))
    t = Tensor(np.array([0, 0, 1, 2, 2, 2], dtype=np.int32))
    return TaskSegmentedLoss(), (x, y, t)
