# case: replay sample wrapped in a plain Python class instantiated from tensors inside construct -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReplayEntry:
    def __init__(self, features, label, task_id):
        self.features = features
        self.label = label
        self.task_id = task_id

    def weight(self, current_task):
        return ops.select(self.task_id == current_task, ops.ones_like(self.label).astype(ms.float32),
                          ops.ones_like(self.label).astype(ms.float32) * 0.5)


class ReplayAwareLoss(nn.Cell):
    def __init__(self, in_dim=5, n_cls=3, current_task=1):
        super().__init__()
        self.net = nn.Dense(in_dim, n_cls)
        self.current_task = current_task
        self.ce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="none")

    def construct(self, feats, labels, task_ids):
        entry = ReplayEntry(feats, labels, task_ids)
        per = self.ce(self.net(entry.features), entry.label)
        return (per * entry.weight(self.current_task)).mean()


def make():
    np.random.seed(0)
    f = Tensor(np.random.randn(4, 5).astype(np.float32))
    y = Tensor(np.array([0, 2, 1, 1], dtype=np.int32))
    t = Tensor(np.array([0, 1, 1, 0], dtype=np.int32))
    return ReplayAwareLoss(), (f, y, t)
