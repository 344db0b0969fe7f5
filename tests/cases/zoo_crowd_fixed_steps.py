# case: simulate visitor dispersal for a fixed number of steps, halving over-capacity queues via ops.where and stacking a tuple of snapshots -> loop over range(python int), Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueDispersalFixed(nn.Cell):
    def __init__(self, capacity=50.0, n_steps=4):
        super().__init__()
        self.capacity = capacity
        self.n_steps = n_steps

    def construct(self, queue):
        snapshots = ()
        for _ in range(self.n_steps):
            over = queue.sum() > self.capacity
            queue = ops.where(over, queue * 0.5, queue)
            snapshots = snapshots + (queue,)
        return ops.stack(snapshots)


def make():
    np.random.seed(142)
    q = np.random.uniform(20, 60, size=(6,)).astype(np.float32)
    return QueueDispersalFixed(), (Tensor(q),)
