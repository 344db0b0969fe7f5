# case: simulate visitor dispersal at a crowded exhibit, halving the queue until density drops below capacity and recording each step's queue in a list -> while on tensor value with a list grown per iteration, Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueDispersal(nn.Cell):
    def __init__(self, capacity=50.0):
        super().__init__()
        self.capacity = capacity

    def construct(self, queue):
        history = []
        total = queue.sum()
        while total > self.capacity:
            queue = queue * 0.5
            history.append(queue)
            total = queue.sum()
        return ops.stack(history) if len(history) > 0 else queue.expand_dims(0)


def make():
    np.random.seed(141)
    q = np.random.uniform(20, 60, size=(6,)).astype(np.float32)
    return QueueDispersal(), (Tensor(q),)
